import { chartPrintScale } from '../../../main/print/charts/chartPageScript';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter } from '../../../main/print/chromiumPdfPrinter';
import { countingMinutesHtml } from '../../../main/results/documents/countingMinutes';
import { districtSummaryHtml } from '../../../main/results/documents/districtSummary';
import { handOverMinutesHtml } from '../../../main/results/documents/handOverMinutes';
import { resultReportHtml } from '../../../main/results/documents/resultReport';
import { findBrowser } from '../../../main/base/findBrowser';
import { criteriaChart, districtOverviewChart, prestigeChart } from '../../../shared/results/chartConfigs';
import { digestGroups } from '../../../shared/results/digestGroups';
import { flatten, hasPdfTools, keepAndRead, printsFolder } from '../../helpers/pdfText';
import {
  sampleCampaign,
  sampleCampaignResults,
  sampleConference,
  sampleCounts,
  sampleDigest,
  sampleSeal,
  sampleTally,
  sampleFingerprint,
  sampleComments,
} from './sampleResults';

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn(
    '[print] SKIPPED the result prints and chart drawing: they need pdftotext and pdftoppm (poppler-utils) and a Chromium-family browser',
  );

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(dataUrl: string): { width: number; height: number; bytes: number } {
  const bytes = Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
}

/** The sixteen groups, in order, anywhere in the text (pdftotext may break the two lines apart). */
function expectDigestGroups(text: string, digest: string): void {
  expect(text).toMatch(new RegExp(digestGroups(digest).join('\\s+')));
}

describe.skipIf(!canPrint)('result prints through the system Chromium, read back with pdftotext', () => {
  const printer = createChromiumPdfPrinter();
  afterAll(() => printer.close());
  const tally = sampleTally();
  const campaignResults = sampleCampaignResults();
  const specs = [criteriaChart(tally), prestigeChart(tally)!, districtOverviewChart(campaignResults)];
  let charts: string[] = [];

  it(
    'renderCharts draws each chart.js configuration as a PNG at the print scale (twice its CSS size)',
    { timeout: 60_000 },
    async () => {
      charts = await printer.renderCharts(specs);
      expect(charts).toHaveLength(3);
      charts.forEach((image, index) => {
        const size = pngSize(image);
        expect(size.width).toBe(specs[index]!.width * chartPrintScale);
        expect(size.height).toBe(specs[index]!.height * chartPrintScale);
        // A drawn chart, not a blank canvas (a blank one compresses to a few kilobytes).
        expect(size.bytes).toBeGreaterThan(10_000);
      });
      mkdirSync(printsFolder, { recursive: true });
      charts.forEach((image, index) =>
        writeFileSync(
          join(printsFolder, `bieu-do-${specs[index]!.id}.png`),
          Buffer.from(image.slice('data:image/png;base64,'.length), 'base64'),
        ),
      );
      expect(await printer.renderCharts([])).toEqual([]);
    },
  );

  it('bien-ban-kiem-phieu: the counting minutes', { timeout: 60_000 }, async () => {
    const html = countingMinutesHtml({
      campaign: sampleCampaign,
      unitName: 'THCS Ngọc Lâm',
      conference: sampleConference,
      contests: [{ tally, counts: sampleCounts, seal: sampleSeal(), signerFingerprint: sampleFingerprint }],
      date: '2023-05-17',
    });
    const text = flatten(keepAndRead('bien-ban-kiem-phieu', await printer.print(html)));
    for (const words of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BAN KIỂM PHIẾU',
      'Long Biên, ngày 17 tháng 05 năm 2023',
      'BIÊN BẢN KIỂM PHIẾU',
      'Số người được triệu tập: 22; số người có mặt: 20',
      'Số phiếu phát ra 21',
      'Số phiếu thu về 20',
      'Số phiếu hợp lệ 19',
      'NP-2023-017',
      'T/M BAN KIỂM PHIẾU',
      'TRƯỞNG BAN',
      'Trần Văn Bình',
      'Vũ Thị Thân',
    ])
      expect(text).toContain(words);
    expectDigestGroups(text, sampleDigest);
  });

  it('bien-ban-ban-giao: the hand-over minutes', { timeout: 60_000 }, async () => {
    const html = handOverMinutesHtml({
      campaign: sampleCampaign,
      unitName: 'THCS Ngọc Lâm',
      conference: sampleConference,
      contests: [{ tally, counts: sampleCounts, seal: sampleSeal(), signerFingerprint: sampleFingerprint }],
      date: '2023-05-17',
    });
    const text = flatten(keepAndRead('bien-ban-ban-giao', await printer.print(html)));
    for (const words of ['BIÊN BẢN BÀN GIAO', 'BÊN GIAO', 'BÊN NHẬN', 'T/M BAN TUYÊN GIÁO', 'NP-2023-017'])
      expect(text).toContain(words);
    // Issued 21, then returned 20, valid 19, invalid 1 (the header's wrapping decides where pdftotext puts them).
    expect(text).toMatch(/NP-2023-017 21 [^]*20 19 1/);
    expectDigestGroups(text, sampleDigest);
    // The certificate's fingerprint, read from this paper, is how the district trusts the signer.
    expect(text).toContain('Dấu vân tay chứng thư ký số của người ký (SHA-256)');
    expectDigestGroups(text, sampleFingerprint);
  });

  it('bao-cao-ket-qua: the result report, with its two charts', { timeout: 60_000 }, async () => {
    expect(charts).toHaveLength(3);
    const html = resultReportHtml({
      campaign: sampleCampaign,
      tally,
      seal: sampleSeal(),
      signerFingerprint: sampleFingerprint,
      fewBallots: false,
      committee: { head: 'Trần Văn Bình', members: ['Vũ Thị Thân', 'Nguyễn Thế Thạch'] },
      comments: sampleComments,
      charts: {
        criteria: { src: charts[0]!, alt: specs[0]!.title },
        prestige: { src: charts[1]!, alt: specs[1]!.title },
      },
      date: '2023-05-20',
    });
    const pdf = await printer.print(html);
    const text = flatten(keepAndRead('bao-cao-ket-qua', pdf));
    for (const words of [
      'BÁO CÁO KẾT QUẢ',
      'Nguyễn Thị Hồng Vân',
      '21 20 19 1',
      '60,00%',
      '90,00%',
      '(!)',
      'Quy định 96-QĐ/TW',
      'Ý KIẾN KHÁC',
      'Đề nghị công khai quỹ hội',
      'NP-2023-017',
    ])
      expect(text).toContain(words);
    expectDigestGroups(text, sampleDigest);
    // The chart pictures are in the PDF (each image is an XObject of its own).
    expect(
      Buffer.from(pdf)
        .toString('latin1')
        .match(/\/Subtype\s*\/Image/g)?.length ?? 0,
    ).toBeGreaterThanOrEqual(2);
  });

  it('bao-cao-tong-hop: the district summary', { timeout: 60_000 }, async () => {
    const html = districtSummaryHtml({
      campaign: sampleCampaign,
      results: campaignResults,
      chart: { src: charts[2]!, alt: specs[2]!.title },
      date: '2023-06-01',
    });
    const text = flatten(keepAndRead('bao-cao-tong-hop', await printer.print(html)));
    for (const words of [
      'BÁO CÁO TỔNG HỢP',
      'Kính gửi: Ban Thường vụ Quận ủy Long Biên',
      'Toàn quận 3 57 84,02%',
      'CHƯA NIÊM PHONG',
    ])
      expect(text).toContain(words);
    // Four groups a line in the table's narrow column.
    expect(text).toMatch(new RegExp(digestGroups(sampleDigest).join('\\s+')));
  });
});
