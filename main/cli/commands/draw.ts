import { message } from '../../../shared/i18n/messages';
import { readFile } from 'node:fs/promises';
import type { DrawRecord } from '../../../shared/draws/drawRecord';
import { AppError } from '../../../shared/errors';
import type { Bilingual } from '../../../shared/i18n/language';
import type { CliContext } from '../cliContext';
import { UsageError } from '../commandLine';
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
