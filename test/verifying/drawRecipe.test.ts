// Issue 23: VERIFYING.md §6 run as printed against a draw the real app held and the minutes it
// printed (real Chromium PDF): the draw recomputed from the record it saves, and from the text a
// reader types from the paper — here read from the PDF by pdftotext, so the paper must carry it all.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../main/base/findBrowser';
import { drawRecordFile } from '../../shared/draws/drawRecordFile';
import type { DrawRecord } from '../../shared/draws/drawRecord';
import { runCommandLine } from '../helpers/cliRun';
import { hasPdfTools, readPdfText } from '../helpers/pdfText';
import { adminPassword } from '../helpers/testVault';
import { useTempDirectories } from '../helpers/tempDirectory';
import { guidePath, recipeFolder, runRecipe } from '../helpers/verifyingGuide';
import { campaignWithUnitNames, drawMeeting } from '../main/draws/drawUnits';

const canRun = hasPdfTools && findBrowser() !== null;
if (!canRun) console.warn('[verifying] SKIPPED the draw recipes: they need pdftotext (poppler-utils) and Chromium');

/** Internal spaces, a double one, Vietnamese letters: all of it is hashed as printed. */
const seed = 'Xúc xắc  4 2 6 — Đỏ 5';

// Listed out of order on purpose: the app numbers them (Đ after D, tones, 2 before 10).
const units: ReadonlyArray<readonly [string, string]> = [
  ['Trường mầm non', 'Mầm non Đức Giang'],
  ['Trường mầm non', 'Mầm non Hoa Sữa'],
  ['Trường mầm non', 'Mầm non Dương Xá'],
  ['Trường mầm non', 'Mầm non Họa Mi'],
  ['Trường mầm non', 'Mầm non Hoa Mai'],
  ['Trường mầm non', 'Mầm non Hòa Bình'],
  ['Trường mầm non', 'Mầm non Ánh Sao'],
  ['Trường mầm non', 'Mầm non Ái Mộ'],
  ['Trường THCS', 'THCS 10'],
  ['Trường THCS', 'THCS Đô Thị Việt Hưng'],
  ['Trường THCS', 'THCS 2'],
  ['Trường THCS', 'THCS Dương Xá'],
  ['Trường THCS', 'THCS Ái Mộ'],
];

describe.runIf(canRun)('VERIFYING.md §6: a draw, from its record and from its paper minutes', () => {
  const temp = useTempDirectories();

  async function heldAndPrinted() {
    const dataDirectory = temp();
    const { core, admin, campaignId } = await campaignWithUnitNames(dataDirectory, units);
    const held = await admin.ok('draws.hold', {
      campaignId,
      seed: ` ${seed}\n`,
      counts: [
        { unitType: 'mam_non', count: 3 },
        { unitType: 'thcs', count: 2 },
      ],
      meeting: drawMeeting,
    });
    const minutes = await admin.ok('print.pdf', { document: { kind: 'drawMinutes', campaignId } });
    core.shutdown();
    const folder = recipeFolder(temp());
    // The record as the command line saves it (the draw screen's button saves the same bytes).
    const exported = await runCommandLine(
      ['--data-dir', dataDirectory, '--user', 'quantri', 'draw', 'export', '--campaign', campaignId, '--out', folder],
      [adminPassword],
    );
    expect(exported.code, exported.stderr).toBe(0);
    const saved = join(folder, `boc-tham-${drawMeeting.heldOn}.json`);
    expect(exported.stdout.trim()).toBe(saved);
    expect(readFileSync(saved, 'utf8')).toBe(drawRecordFile(held.record, drawMeeting.heldOn).text);
    renameSync(saved, join(folder, 'boc-tham.json'));
    writeFileSync(join(folder, 'bien-ban-boc-tham.pdf'), Buffer.from(minutes.pdfBase64, 'base64'));
    return { folder, record: held.record };
  }

  /**
   * What a reader types from the paper (VERIFYING.md §6), read here from the PDF's text: the
   * length and bytes under the seed's box, each group's code and count, its numbered list and the
   * positions drawn. The seed itself is typed as the box shows it; the tool checks it against the
   * printed bytes and length.
   */
  function typedFromPaper(text: string, typedSeed: string): string {
    const flat = text.replace(/\s+/g, ' ');
    const length = /Hạt giống gồm (\d+) ký tự/.exec(flat)?.[1];
    const bytes = /Các byte UTF-8 của hạt giống \(hệ mười sáu\): ([0-9a-f ]+)\./.exec(flat)?.[1];
    expect(length, 'the seed’s length on paper').toBeDefined();
    expect(bytes, 'the seed’s bytes on paper').toBeDefined();
    const lines = [`seed: ${typedSeed}`, `length: ${length}`, `seed-utf8: ${bytes}`];
    let inList = false;
    for (const line of text.split('\n').map((each) => each.trim())) {
      const group = /mã loại đơn vị ([a-z][a-z0-9_]*), số đơn vị chọn (\d+),/.exec(line);
      if (group) lines.push(`group: ${group[1]} ${group[2]}`);
      if (line.startsWith('Danh sách đơn vị đưa vào bốc thăm')) inList = true;
      const drawn = /theo thứ tự rút \(số thứ tự trong danh sách: ([\d, ]+)\)/.exec(line);
      if (drawn) {
        inList = false;
        lines.push(`drawn: ${drawn[1]}`);
      }
      if (inList && /^\d+\. /.test(line)) lines.push(line);
    }
    return `# gõ lại từ biên bản bốc thăm\n${lines.join('\n')}\n`;
  }

  const summary = (record: DrawRecord) =>
    record.groups.map(
      (group) => `${group.unitType} ${group.count}/${group.candidates.length}: ${group.drawn.join(' ')} ok`,
    );

  /** The names the tool lists under each group, in draw order. */
  const namesDrawn = (stdout: string) => [...stdout.matchAll(/^ {2}\d+ → \d+\. (.+)$/gm)].map((match) => match[1]);

  it('recomputes the draw from the record it saved, and shows the first block with openssl', async () => {
    const { folder, record } = await heldAndPrinted();
    expect(record.seed).toBe(seed);
    // The numbered lists the app made: Vietnamese order, Đ after D, tones, 2 before 10.
    expect(record.groups.map((group) => group.candidates)).toEqual([
      [
        'Mầm non Ái Mộ',
        'Mầm non Ánh Sao',
        'Mầm non Dương Xá',
        'Mầm non Đức Giang',
        'Mầm non Hòa Bình',
        'Mầm non Hoa Mai',
        'Mầm non Họa Mi',
        'Mầm non Hoa Sữa',
      ],
      ['THCS 2', 'THCS 10', 'THCS Ái Mộ', 'THCS Dương Xá', 'THCS Đô Thị Việt Hưng'],
    ]);
    // The guide's worked example is this very draw.
    for (const line of summary(record)) expect(readFileSync(guidePath, 'utf8')).toContain(`\`${line}\``);
    const run = runRecipe('draw-record', folder);
    expect(run.status, run.stderr).toBe(0);
    for (const line of summary(record)) expect(run.stdout).toContain(line);
    const appDrawn = record.groups.flatMap((group) => group.drawn.map((position) => group.candidates[position - 1]));
    expect(namesDrawn(run.stdout)).toEqual(appDrawn);
    const firstBlock = createHash('sha256').update(`${seed}|mam_non|0`, 'utf8').digest('hex');
    expect(run.stdout).toContain(`= ${firstBlock}`);

    // One position changed in the record: MISMATCH and exit 1.
    const altered = structuredClone(record);
    altered.groups[1]!.drawn = [...altered.groups[1]!.drawn].reverse();
    writeFileSync(join(folder, 'boc-tham.json'), drawRecordFile(altered, drawMeeting.heldOn).text);
    const refused = runRecipe('draw-record', folder);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toMatch(/^thcs 2\/5: .* MISMATCH$/m);
  });

  it('recomputes the draw from the paper minutes alone: the PDF carries seed, codes, counts and lists', async () => {
    const { folder, record } = await heldAndPrinted();
    const text = readPdfText(join(folder, 'bien-ban-boc-tham.pdf'));
    const typed = typedFromPaper(text, seed);
    writeFileSync(join(folder, 'bien-ban-boc-tham.txt'), typed);
    const run = runRecipe('draw-minutes', folder);
    expect(run.status, `${run.stderr}\n${typed}`).toBe(0);
    for (const line of summary(record)) expect(run.stdout).toContain(line);
    const appDrawn = record.groups.flatMap((group) => group.drawn.map((position) => group.candidates[position - 1]));
    expect(namesDrawn(run.stdout)).toEqual(appDrawn);

    // The seed typed one space short is caught by the printed length and bytes, not drawn from.
    writeFileSync(join(folder, 'bien-ban-boc-tham.txt'), typed.replace(`seed: ${seed}`, 'seed: Xúc xắc 4 2 6 — Đỏ 5'));
    const shortSeed = runRecipe('draw-minutes', folder);
    expect(shortSeed.status).not.toBe(0);
    expect(shortSeed.stderr).toContain('differs from its UTF-8 bytes');
    // A position misread from the paper: MISMATCH and exit 1.
    const [first, second] = record.groups[0]!.drawn;
    const misread = typed.replace(/^drawn: .*$/m, `drawn: ${second}, ${first}`);
    writeFileSync(join(folder, 'bien-ban-boc-tham.txt'), misread);
    const mismatch = runRecipe('draw-minutes', folder);
    expect(mismatch.status).not.toBe(0);
    expect(mismatch.stdout).toMatch(/^mam_non 3\/8: .* MISMATCH$/m);
  });
});
