import { message } from '../../../shared/i18n/messages';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawRecordFile } from '../../../shared/draws/drawRecordFile';
import type { DrawRecord } from '../../../shared/draws/drawRecord';
import { AppError } from '../../../shared/errors';
import type { Bilingual } from '../../../shared/i18n/language';
import type { CliContext } from '../cliContext';
import { optionText, UsageError } from '../commandLine';
import type { CliCommand } from '../command';

async function readRecordFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new AppError('DRAW_RECORD_INVALID', {
      reason: message('cli.draw.cannotReadTheFile', { path }),
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('DRAW_RECORD_INVALID', {
      reason: message('cli.draw.theFileIsNot', { path }),
    });
  }
}

function printRecord(record: DrawRecord, context: CliContext): void {
  const { say } = context;
  context.stdout.write(`${say(message('cli.draw.recomputingGivesTheRecorded', { seed: record.seed }))}\n`);
  for (const group of record.groups) {
    const heading: Bilingual = message('cli.draw.drawnOutOfPosition', {
      label: group.label,
      count: group.count,
      length: group.candidates.length,
    });
    context.stdout.write(`\n${say(heading)}\n`);
    const width = String(group.candidates.length).length;
    for (const position of group.drawn)
      context.stdout.write(`  ${String(position).padStart(width)}. ${group.candidates[position - 1] ?? ''}\n`);
  }
}

export const drawVerifyCommand: CliCommand = {
  words: ['draw', 'verify'],
  usage: message('cli.draw.drawVerifyFileFile'),
  options: { file: { type: 'string' } },
  check(values) {
    if (typeof values.file !== 'string' || values.file === '')
      throw new UsageError(message('cli.draw.thisCommandNeedsFile'));
  },
  async run(values, context) {
    const record = await readRecordFile(values.file as string);
    printRecord(await context.call('draws.verifyRecord', { record }), context);
  },
};

/**
 * The draw record a campaign's draw left, saved as the draw screen saves it (FORMATS.md §6): the
 * file VERIFYING.md §6 recomputes. `--out` may name a folder: the file is then `boc-tham-<day>.json`.
 */
export const drawExportCommand: CliCommand = {
  words: ['draw', 'export'],
  usage: message('cli.draw.exportUsage'),
  options: { campaign: { type: 'string' }, out: { type: 'string' } },
  signsIn: true,
  calls: ['draws.get'],
  check(values) {
    if (!optionText(values.campaign) || !optionText(values.out)) throw new UsageError(message('cli.draw.exportNeeds'));
  },
  async run(values, context) {
    const draw = await context.call('draws.get', { campaignId: optionText(values.campaign)! });
    if (!draw) throw new AppError('NOT_FOUND', { what: message('cli.draw.heldDraw') });
    const file = drawRecordFile(draw.record, draw.meeting.heldOn);
    const out = optionText(values.out)!;
    const path = (await isFolder(out)) ? join(out, file.fileName) : out;
    await writeFile(path, file.text, { mode: 0o600 });
    context.stdout.write(`${path}\n`);
  },
};

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
