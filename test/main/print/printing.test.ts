import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/shells/common/contentSecurityPolicy';
import { createChromiumPdfPrinter } from '../../../main/print/chromiumPdfPrinter';
import { blankBallotHtml } from '../../../main/print/documents/blankBallot';
import { drawMinutesHtml } from '../../../main/print/documents/drawMinutes';
import { escapeHtml } from '../../../main/print/escapeHtml';
import { vietnameseDateLine } from '../../../main/print/partyDocument';
import { printStylesheet, printStylesheetHash } from '../../../main/print/printStylesheet';
import { schoolForm, wardForm } from '../../../shared/templates/builtInTemplates';
import type { DrawRecord } from '../../../shared/draw/drawRecord';
import { flatten, hasPdfTools, keepAndRead } from '../../helpers/pdfText';
import { createHash } from 'node:crypto';

const record: DrawRecord = {
  format: 'kiem-phieu-draw',
  version: 1,
  algorithm: 'sha256-ctr-fisher-yates-v1',
  seed: '24/02/2023 5 2 6 1 4 3',
  groups: [
    {
      unitType: 'mam_non',
      label: 'Trường mầm non',
      count: 2,
      candidates: ['Mầm non Bắc Biên', 'Mầm non Gia Quất', 'Mầm non Hoa Phượng'],
      drawn: [3, 1],
    },
    { unitType: 'thcs', label: 'Trường THCS', count: 1, candidates: ['THCS Ngọc Lâm', 'THCS Sài Đồng'], drawn: [2] },
  ],
};
const minutes = () =>
  drawMinutesHtml({
    record,
    meeting: {
      heldOn: '2023-02-24',
      place: 'Hội trường Quận ủy',
      chair: 'Nguyễn Thị Thu Hằng',
      witnesses: ['Vũ Thị Thân', 'Nguyễn Thế Thạch'],
    },
    campaign: {
      name: 'lấy ý kiến góp ý người đứng đầu năm 2023',
      planNumber: '167-KH/QU',
      planDate: '2023-01-27',
      issuingBody: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO'],
    },
    place: 'Long Biên',
  });

describe('print documents', () => {
  it('escapes text and writes party-document dates', () => {
    expect(escapeHtml(`<b>"Đ&'</b>`)).toBe('&lt;b&gt;&quot;Đ&amp;&#39;&lt;/b&gt;');
    expect(vietnameseDateLine('Long Biên', '2023-01-27')).toBe('Long Biên, ngày 27 tháng 01 năm 2023');
  });

  it('allow their one stylesheet by hash in the CSP, and carry no script, inline style attribute or address', () => {
    expect(printStylesheetHash).toBe(`'sha256-${createHash('sha256').update(printStylesheet).digest('base64')}'`);
    expect(contentSecurityPolicy).toContain(`style-src 'self' ${printStylesheetHash}`);
    for (const html of [blankBallotHtml(schoolForm), blankBallotHtml(wardForm), minutes()]) {
      expect(html).not.toMatch(/<script|style=|https?:|src=/i);
      expect(html).toContain(`<style>${printStylesheet}</style>`);
    }
    for (const criterion of schoolForm.criteria)
      expect(blankBallotHtml(schoolForm)).toContain(escapeHtml(criterion.text));
  });
});

describe.skipIf(!hasPdfTools)('PDFs through the system Chromium (read back with pdftotext)', () => {
  if (!hasPdfTools) console.warn('[print] SKIPPED: pdftotext/pdftoppm (poppler-utils) are not installed');
  const printer = createChromiumPdfPrinter();
  afterAll(() => printer.close());

  it('the blank school and ward forms', { timeout: 60_000 }, async () => {
    for (const [name, form] of [
      ['phieu-truong-hoc', schoolForm],
      ['phieu-phuong', wardForm],
    ] as const) {
      const pdf = await printer.print(blankBallotHtml(form));
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const text = flatten(keepAndRead(name, pdf));
      expect(text).toContain(form.title);
      expect(text).toContain('NỘI DUNG XIN Ý KIẾN');
      expect(text).toContain('Uy tín rất cao');
      for (const criterion of [form.criteria[0]!, form.criteria.at(-1)!])
        expect(text).toContain(flatten(criterion.text).slice(0, 40));
    }
  });

  it('the draw minutes', { timeout: 60_000 }, async () => {
    const text = flatten(keepAndRead('bien-ban-boc-tham', await printer.print(minutes())));
    for (const words of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BIÊN BẢN BỐC THĂM',
      'Long Biên, ngày 24 tháng 02 năm 2023',
      record.seed,
      'Mầm non Hoa Phượng',
      'THCS Sài Đồng',
      'NGƯỜI ĐIỀU HÀNH',
    ]) {
      expect(text).toContain(words);
    }
  });
});
