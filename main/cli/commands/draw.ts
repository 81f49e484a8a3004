import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { DrawRecord } from '../../../shared/draws/drawRecord';
import { AppError } from '../../../shared/errors';
import type { Bilingual } from '../../../shared/i18n/language';
import { UsageError, type CliContext } from '../cliContext';
import type { CliCommand } from '../command';

async function readRecordFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new AppError('DRAW_RECORD_INVALID', {
      reason: { vi: `không đọc được tệp «${path}»`, en: `cannot read the file “${path}”` },
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('DRAW_RECORD_INVALID', {
      reason: { vi: `tệp «${path}» không phải JSON`, en: `the file “${path}” is not JSON` },
    });
  }
}

function printRecord(record: DrawRecord, context: CliContext): void {
  const { say } = context;
  context.stdout.write(
    say({
      vi: `Tính lại khớp với kết quả đã ghi. Hạt giống: «${record.seed}».\n`,
      en: `Recomputing gives the recorded result. Seed: “${record.seed}”.\n`,
    }),
  );
  for (const group of record.groups) {
    const heading: Bilingual = {
      vi: `${group.label}: bốc ${group.count} trong ${group.candidates.length} đơn vị (số thứ tự trong danh sách, theo thứ tự bốc)`,
      en: `${group.label}: ${group.count} drawn out of ${group.candidates.length} (position in the list, in the order drawn)`,
    };
    context.stdout.write(`\n${say(heading)}\n`);
    const width = String(group.candidates.length).length;
    for (const position of group.drawn)
      context.stdout.write(`  ${String(position).padStart(width)}. ${group.candidates[position - 1] ?? ''}\n`);
  }
}

export const drawVerifyCommand: CliCommand = {
  words: ['draw', 'verify'],
  usage: {
    vi: 'draw verify --file TỆP              tính lại kết quả bốc thăm từ tệp biên bản (không cần kho dữ liệu)',
    en: 'draw verify --file FILE             recompute a draw from its record file (no vault needed)',
  },
  async run(args, context) {
    const { values } = parseArgs({ args: [...args], options: { file: { type: 'string' } }, strict: true });
    if (values.file === undefined || values.file === '')
      throw new UsageError(context.say({ vi: 'lệnh này cần --file TỆP', en: 'this command needs --file FILE' }));
    printRecord(await context.call('draws.verifyRecord', { record: await readRecordFile(values.file) }), context);
  },
};
