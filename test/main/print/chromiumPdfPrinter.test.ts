import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offlineChromiumSwitches, offlineDisabledFeatures } from '../../../main/base/offlineChromium';
import { createChromiumPdfPrinter } from '../../../main/print/chromiumPdfPrinter';
import { blankBallotHtml } from '../../../main/templates/blankBallot';
import { drawMinutesHtml } from '../../../main/draws/drawMinutes';
import { findBrowser } from '../../../main/base/findBrowser';
import { AppError } from '../../../shared/errors';
import { schoolForm, wardForm } from '../../../shared/templates/builtInTemplates';
import { flatten, hasPdfTools, keepAndRead, pageCount } from '../../helpers/pdfText';
import { sampleDrawMinutes } from '../draws/sampleDrawMinutes';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('createChromiumPdfPrinter', () => {
  it('refuses with PRINT_UNAVAILABLE when there is no browser on the computer', async () => {
    const printer = createChromiumPdfPrinter(() => null);
    const failure = await printer.print('<!doctype html><p>x</p>').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).payload.code).toBe('PRINT_UNAVAILABLE');
    await printer.close();
  });
});

describe.runIf(process.platform !== 'win32')('the PDF printer Chromium command line', () => {
  const temp = useTempDirectories();

  it("resolves nothing but loopback, and keeps Playwright's switched-off features beside its own", async () => {
    // A stand-in browser that records how Playwright starts it, then fails to start.
    const folder = temp();
    const argumentsFile = join(folder, 'arguments');
    const executable = join(folder, 'chromium');
    writeFileSync(executable, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argumentsFile}'\nexit 1\n`);
    chmodSync(executable, 0o755);
    const printer = createChromiumPdfPrinter(() => executable);
    await expect(printer.print('<!doctype html><p>x</p>')).rejects.toThrow();
    await printer.close();
    expect(existsSync(argumentsFile)).toBe(true);

    const argv = readFileSync(argumentsFile, 'utf8').trim().split('\n');
    for (const argument of offlineChromiumSwitches) expect(argv).toContain(argument);
    // Chromium keeps only the last --disable-features: it must hold Playwright's own and ours.
    const featureLists = argv
      .filter((argument) => argument.startsWith('--disable-features='))
      .map((argument) => argument.slice('--disable-features='.length).split(','));
    const effective = featureLists.at(-1) ?? [];
    for (const feature of [...featureLists.flat(), ...offlineDisabledFeatures]) expect(effective).toContain(feature);
  });
});

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn(
    '[print] SKIPPED the PDF read-back tests: they need pdftotext and pdftoppm (poppler-utils) and a Chromium-family browser',
  );

describe.skipIf(!canPrint)('PDFs through the system Chromium, read back with pdftotext -layout', () => {
  const printer = createChromiumPdfPrinter();
  afterAll(() => printer.close());

  it.each([
    ['phieu-truong-hoc', schoolForm],
    ['phieu-phuong', wardForm],
  ])('%s: the blank ballot', { timeout: 60_000 }, async (name, form) => {
    const pdf = await printer.print(blankBallotHtml(form));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const laidOut = keepAndRead(name, pdf, { layout: true });
    const text = flatten(laidOut);
    expect(pageCount(laidOut)).toBe(2);
    expect(text).toContain(form.title);
    expect(text).toContain('I. NỘI DUNG XIN Ý KIẾN');
    expect(text).toContain('Đánh giá mức độ thực hiện');
    expect(text).toContain('II. Ý KIẾN KHÁC');
    expect(text).toContain('III. ĐÁNH GIÁ MỨC ĐỘ UY TÍN CỦA CÁ NHÂN LÃNH ĐẠO');
    for (const level of form.prestigeLevels) expect(text).toContain(level);
    // Each row's number sits on its first line, so a criterion wrapped in its cell reads back whole.
    form.criteria.forEach((criterion, index) => expect(text).toContain(`${index + 1} ${flatten(criterion.text)}`));
    if (form.showLevelNumbers) expect(text).toMatch(/\(1\)\s+\(2\)\s+\(3\)\s+\(4\)/);
  });

  it('bien-ban-boc-tham: the draw minutes', { timeout: 60_000 }, async () => {
    const laidOut = keepAndRead('bien-ban-boc-tham', await printer.print(drawMinutesHtml(sampleDrawMinutes)), {
      layout: true,
    });
    const text = flatten(laidOut);
    for (const words of [
      'QUẬN ỦY LONG BIÊN',
      'BAN TUYÊN GIÁO',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Long Biên, ngày 24 tháng 02 năm 2023',
      'BIÊN BẢN BỐC THĂM',
      'Thực hiện Kế hoạch số 167-KH/QU ngày 27/01/2023',
      sampleDrawMinutes.record.seed,
      'kiem-phieu draw verify',
      'Mầm non Hoa Phượng',
      'Mầm non Bắc Biên',
      'THCS Sài Đồng',
      'NGƯỜI ĐIỀU HÀNH',
      'Nguyễn Thị Thu Hằng',
      'NHỮNG NGƯỜI CHỨNG KIẾN',
    ]) {
      expect(text).toContain(words);
    }
    // The drawn units, in draw order, with their numbers in the candidate list.
    expect(text).toMatch(/1 3 Mầm non Hoa Phượng 2 1 Mầm non Bắc Biên/);
  });

  it('reuses one browser for several prints and starts it again after close()', { timeout: 60_000 }, async () => {
    const html = blankBallotHtml(schoolForm);
    const [first, second] = await Promise.all([printer.print(html), printer.print(html)]);
    expect(first.length).toBeGreaterThan(1000);
    expect(second.length).toBeGreaterThan(1000);
    await printer.close();
    expect((await printer.print(html)).length).toBeGreaterThan(1000);
  });
});
