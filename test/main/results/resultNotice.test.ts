import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import { remediationRequest, resultNoticeHtml } from '../../../main/results/documents/resultNotice';
import { resultReportHtml } from '../../../main/results/documents/resultReport';
import type { Printable } from '../../../shared/print/printables';
import { flatten, hasPdfTools, keepAndRead } from '../../helpers/pdfText';
import { ballotLines, countContest, openCampaign } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { sampleCampaign, sampleComments, sampleSeal, sampleTally } from './sampleResults';

const notice = (tally = sampleTally()) =>
  resultNoticeHtml({
    campaign: sampleCampaign,
    tally,
    seal: sampleSeal(),
    committee: { head: 'Trần Văn Bình', members: [] },
    date: '2023-05-18',
  });

const report = (tally = sampleTally()) =>
  resultReportHtml({
    campaign: sampleCampaign,
    tally,
    seal: sampleSeal(),
    signerFingerprint: null,
    fewBallots: tally.ballots.valid < 5,
    committee: { head: 'Trần Văn Bình', members: [] },
    comments: sampleComments,
    charts: { criteria: null, prestige: null },
    date: '2023-05-18',
  });

const warnings = (html: string) => html.match(/<p class="warning">[^<]*<\/p>/g) ?? [];

describe('the result notice’s privacy floors are the report’s', () => {
  it('has no warning where the report has none', () => {
    expect(warnings(report())).toEqual([]);
    expect(warnings(notice())).toEqual([]);
  });

  it('warns below 5 valid ballots, as the report does', () => {
    const few = sampleTally({ ballots: { issued: 4, returned: 4, valid: 4, invalid: 0 }, baseCount: 4 });
    expect(warnings(notice(few))).toEqual(warnings(report(few)));
    expect(warnings(notice(few)).join()).toContain('chỉ có 4 phiếu hợp lệ (dưới 5 phiếu)');
  });

  it('warns of rows every voter marked alike, as the report does', () => {
    const base = sampleTally();
    const alike = sampleTally({
      criteria: base.criteria.map((criterion, index) =>
        index === 2 ? { ...criterion, levels: [19, 0, 0, 0], blank: 0, multi: 0 } : criterion,
      ),
    });
    expect(warnings(notice(alike))).toEqual(warnings(report(alike)));
    expect(warnings(notice(alike)).join()).toContain('nội dung 3');
  });

  it('says so when no criterion is flagged, and leaves out prestige on a form without it', () => {
    const calm = sampleTally({ prestige: null });
    const html = notice({ ...calm, criteria: calm.criteria.map((criterion) => ({ ...criterion, flagged: false })) });
    expect(html).toContain('Không có nội dung nào có tỷ lệ Trung bình + Yếu kém từ 20,00% trở lên');
    expect(html).not.toContain('MỨC ĐỘ UY TÍN');
    expect(html).toContain('III. ĐỀ NGHỊ');
  });
});

// Plan 167-KH/QU lives outside the repository (../shared/seeds); where it is absent, say so and skip.
const seedPath = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds', '000_d1908c3c7f00beb6.txt');
const haveSeed = existsSync(seedPath);
if (!haveSeed) console.warn(`[results] SKIPPED the notice's quotation against seed 000: ${seedPath} is not here`);

describe.skipIf(!haveSeed)('the request the notice quotes', () => {
  it('is seed 000’s sentence word for word', () => {
    expect(readFileSync(seedPath, 'utf8').normalize('NFC')).toContain(remediationRequest.normalize('NFC'));
  });
});

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn('[print] SKIPPED the result notice PDF: it needs pdftotext, pdftoppm and a Chromium-family browser');

/**
 * Ten valid ballots: criteria 1 and 2 get 3 of 10 in Trung bình / Yếu kém (30 %, over the 20 %
 * threshold), the others stay below; no row is unanimous (the first two patterns differ
 * everywhere); prestige 3 of 10 "Uy tín thấp".
 */
const tenBallots = [
  ...Array.from({ length: 6 }, () => '1122112211221121'),
  '2211221122112212',
  ...Array.from({ length: 3 }, () => '3422222222222223'),
];

describe.skipIf(!canPrint)('the result notice from a real vault', () => {
  const temp = useTempDirectories();

  it(
    'is refused before the seal and prints the flagged criteria and prestige after',
    { timeout: 120_000 },
    async () => {
      const { core, head, school } = await openCampaign(temp());
      try {
        await countContest(head, school, ballotLines(school.id, tenBallots).split('\n'), { valid: 10, identifying: 0 });
        await head.ok('counting.close', { contestId: school.id });
        const document: Printable = { kind: 'resultNotice', contestId: school.id };

        expect(await head.code('print.preview', { document })).toBe('NOT_SEALED');
        expect(await head.code('print.pdf', { document })).toBe('NOT_SEALED');

        await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-2023-031' });

        const preview = await head.ok('print.preview', { document });
        expect(preview.html).not.toMatch(/<script/i);
        expect(preview.html).not.toContain('class="warning"');

        const { fileName, pdfBase64 } = await head.ok('print.pdf', { document });
        expect(fileName).toMatch(/^thong-bao-ket-qua-[a-z0-9-]+\.pdf$/);
        const text = flatten(keepAndRead('vault-thong-bao-ket-qua', Buffer.from(pdfBase64, 'base64')));
        for (const words of [
          'THÔNG BÁO KẾT QUẢ LẤY Ý KIẾN',
          `Kính gửi: Đồng chí ${school.subjectName}`,
          'THCS Ngọc Lâm',
          'Kế hoạch số 167-KH/QU ngày 27/01/2023',
          'số phiếu hợp lệ: 10',
          'CÁC NỘI DUNG ĐƯỢC GÓP Ý CẦN KHẮC PHỤC',
          'Nội dung 1: Là trung tâm của sự đoàn kết trong nhà trường — Trung bình + Yếu kém: 30,00%',
          'Tỷ lệ Uy tín thấp + Uy tín rất thấp: 3 phiếu, 30,00%',
          remediationRequest,
          'NP-2023-031',
          'T/M BAN KIỂM PHIẾU',
        ])
          expect(text).toContain(words);
        expect(text).toMatch(/Nội dung 2: [^—]+— Trung bình \+ Yếu kém: 30,00%/);
        expect(text).not.toContain('Nội dung 3:');
      } finally {
        core.shutdown();
      }
    },
  );
});
