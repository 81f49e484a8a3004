import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { message } from '../../../shared/i18n/messages';
import { optionText, UsageError } from '../commandLine';
import type { CliCommand } from '../command';
import { progressLine } from '../progressLine';

/**
 * The head's import of ballots already digital (JSON lines, SPEC §5): all or nothing, into a new
 * verified batch; a file whose ballot ids the vault already holds is refused whole.
 */
export const ballotsImportCommand: CliCommand = {
  words: ['ballots', 'import'],
  usage: message('cli.ballots.usage'),
  options: { contest: { type: 'string' }, file: { type: 'string' } },
  signsIn: true,
  calls: ['counting.importBallots'],
  check(values) {
    if (!optionText(values.contest) || !optionText(values.file))
      throw new UsageError(message('cli.ballots.needsContestAndFile'));
  },
  async run(values, context) {
    const file = optionText(values.file)!;
    let lines: string;
    try {
      lines = await readFile(file, 'utf8');
    } catch {
      throw new UsageError(message('cli.api.cannotReadInput', { file }));
    }
    const line = progressLine(context.stderr, context.language, process.stderr.isTTY === true);
    const { imported, batch } = await context.callFollowing(
      'counting.importBallots',
      { contestId: optionText(values.contest)!, fileName: basename(file), text: lines },
      line.report,
    );
    line.finish();
    context.stdout.write(`${context.say(message('cli.ballots.imported', { imported, batch: batch.number }))}\n`);
  },
};
