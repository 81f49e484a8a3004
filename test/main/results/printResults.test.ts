import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import type { Printable } from '../../../shared/print/printables';
import { digestGroups } from '../../../shared/results/digestGroups';
import { flatten, hasPdfTools, keepAndRead } from '../../helpers/pdfText';
import { closedContest } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';
import type { TestClient } from '../../helpers/testCore';

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn(
    '[print] SKIPPED the result prints from a vault: they need pdftotext and pdftoppm (poppler-utils) and a Chromium-family browser',
  );

const anyDigest = /[0-9a-f]{4}( [0-9a-f]{4}){7}/;

/** The PDF's text; laid out as on the page (rows of a table on one line) when asked. */
async function pdfText(client: TestClient, name: string, document: Printable, layout = false): Promise<string> {
  const { fileName, pdfBase64 } = await client.ok('print.pdf', { document });
  expect(fileName).toMatch(/^[a-z0-9-]+\.pdf$/);
  return flatten(keepAndRead(name, Buffer.from(pdfBase64, 'base64'), { layout }));
}

describe.skipIf(!canPrint)('result prints from a real vault, through print.preview and print.pdf', () => {
  const temp = useTempDirectories();

  it(
    'prints drafts before sealing and the sealed digest after, for the four result documents',
    { timeout: 120_000 },
    async () => {
      const { core, head, counter1, school, campaign } = await closedContest(temp());
      try {
        const minutes: Printable = { kind: 'countingMinutes', unitId: school.unitId };
        const report: Printable = { kind: 'resultReport', contestId: school.id };

        // Before the seal: drafts, "CHƯA NIÊM PHONG", and no digest of anything.
        const draft = await head.ok('print.preview', { document: minutes });
        expect(draft.title).toBe('Biên bản kiểm phiếu — THCS Ngọc Lâm');
        expect(draft.html).toContain('BẢN NHÁP');
        expect(draft.html).toContain('CHƯA NIÊM PHONG');
        // The only hash groups on a draft are the audit anchor's, on their own labelled line.
        expect(draft.html).toMatch(
          /<p class="audit-anchor">Mốc nhật ký kiểm toán khi in: mục số \d+, mã [0-9a-f ]{79}<\/p>/,
        );
        expect(draft.html.replace(/<p class="audit-anchor">[^<]*<\/p>/, '')).not.toMatch(anyDigest);
        expect((await head.ok('print.preview', { document: report })).html).toContain('CHƯA NIÊM PHONG');
        expect(await counter1.code('print.preview', { document: minutes })).toBe('FORBIDDEN');

        const seal = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-2023-017' });
        const groups = digestGroups(seal.digest);
        const digestPattern = new RegExp(groups.join('\\s+'));

        const minutesText = await pdfText(head, 'vault-bien-ban-kiem-phieu', minutes);
        for (const words of [
          'BIÊN BẢN KIỂM PHIẾU',
          'Long Biên, ngày 17 tháng 05 năm 2023',
          'Số người được triệu tập: 22; số người có mặt: 20',
          'Số phiếu phát ra 20',
          'Số phiếu hợp lệ 20',
          'NP-2023-017',
          'T/M BAN KIỂM PHIẾU',
          'Trần Văn Bình',
        ])
          expect(minutesText).toContain(words);
        expect(minutesText).toMatch(digestPattern);
        expect(minutesText).not.toContain('BẢN NHÁP');

        const handOverText = await pdfText(head, 'vault-bien-ban-ban-giao', {
          kind: 'handOverMinutes',
          unitId: school.unitId,
        });
        for (const words of ['BIÊN BẢN BÀN GIAO', 'BÊN GIAO', 'BÊN NHẬN', 'NP-2023-017'])
          expect(handOverText).toContain(words);
        // Issued 20, then returned, valid and invalid (where pdftotext puts them depends on the header's wrapping).
        expect(handOverText).toMatch(/NP-2023-017 20 [^]*20 20 0/);
        expect(handOverText).toMatch(digestPattern);

        // The report embeds the two charts the printer drew; its numbers are the sealed tally's.
        const preview = await head.ok('print.preview', { document: report });
        expect(preview.html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
        const reportText = await pdfText(head, 'vault-bao-cao-ket-qua', report, true);
        for (const words of ['BÁO CÁO KẾT QUẢ', '20 20 20 0', 'Quy định 96-QĐ/TW', 'NP-2023-017'])
          expect(reportText).toContain(words);
        // Criterion 1: twelve "1", six "2", two "3" of 20; under the counts, 60,00% / 30,00% / 10,00%.
        expect(reportText).toMatch(/12\s+6\s+2\s+0\s+0\s+0\s/);
        expect(reportText).toMatch(/60,00%\s+30,00%\s+10,00%\s+0,00%\s+0,00%\s+0,00%/);
        expect(reportText).toMatch(digestPattern);

        const summary = await head.ok('print.preview', {
          document: { kind: 'districtSummary', campaignId: campaign.id },
        });
        expect(summary.html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(1);
        const summaryText = await pdfText(head, 'vault-bao-cao-tong-hop', {
          kind: 'districtSummary',
          campaignId: campaign.id,
        });
        for (const words of ['BÁO CÁO TỔNG HỢP', 'THCS Ngọc Lâm', 'Toàn quận']) expect(summaryText).toContain(words);
        expect(summaryText).toMatch(digestPattern);
      } finally {
        core.shutdown();
      }
    },
  );
});
