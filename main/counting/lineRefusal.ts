import type { LineError } from '../../shared/counting/ballotLines';
import { fail } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';

/** Ballot lines refused whole: how many were wrong, and the first one, in the user's words. */
export function refusedLines(fileName: string, errors: readonly LineError[]) {
  const first = errors[0]!;
  return fail('LINES_INVALID', {
    file: fileName,
    count: errors.length,
    first: message('core.counting.lineProblem', { line: first.line, problem: first.message }),
  });
}
