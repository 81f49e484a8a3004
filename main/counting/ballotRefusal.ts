import { ballotProblems, type BallotEntry, type BallotShape } from '../../shared/counting/ballot';
import { fail } from '../../shared/errors';

/** A keyed ballot that does not fit its form, refused with every problem in the user's words; null when it fits. */
export function ballotRefusal(ballot: BallotEntry, shape: BallotShape) {
  const problems = ballotProblems(ballot, shape);
  if (problems.length === 0) return null;
  return fail('BALLOT_INVALID', {
    reason: {
      vi: problems.map((problem) => problem.vi).join('; '),
      en: problems.map((problem) => problem.en).join('; '),
    },
  });
}
