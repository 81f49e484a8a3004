import { describe, expect, it } from 'vitest';
import { privacyOf, underScoreFloor, unanimousRows } from '../../../shared/results/privacyFloors';
import type { ContestTally } from '../../../shared/results/resultSchemas';
import { sampleTally } from '../../main/results/sampleResults';

/** A tally whose criteria and prestige carry exactly the given level counts. */
function tallyWith(valid: number, criteria: number[][], prestige: number[] | null): ContestTally {
  const base = sampleTally();
  const template = base.criteria[0]!;
  return {
    ...base,
    ballots: { issued: valid, returned: valid, valid, invalid: 0 },
    criteria: criteria.map((levels, index) => ({ ...template, number: index + 1, levels })),
    prestige: prestige && base.prestige ? { ...base.prestige, levels: prestige } : null,
  };
}

describe('privacy floors', () => {
  it('warns below 5 valid ballots and withholds free text below the campaign floor', () => {
    const valid = (count: number) => tallyWith(count, [[0, 0, 0, 0]], null);
    expect(privacyOf(valid(4), 10)).toMatchObject({
      fewBallots: true,
      textsWithheld: true,
      scoreFloor: 5,
      textFloor: 10,
    });
    expect(privacyOf(valid(5), 10)).toMatchObject({ fewBallots: false, textsWithheld: true });
    expect(privacyOf(valid(9), 10)).toMatchObject({ textsWithheld: true });
    expect(privacyOf(valid(10), 10)).toMatchObject({ fewBallots: false, textsWithheld: false });
    expect(privacyOf(valid(5), 5)).toMatchObject({ fewBallots: false, textsWithheld: false });
    expect([4, 5].map((count) => underScoreFloor(valid(count)))).toEqual([true, false]);
  });

  it('names the rows on which every valid ballot gave the same mark, and only those', () => {
    const tally = tallyWith(
      12,
      [
        [0, 12, 0, 0], // all "Tốt": known
        [11, 1, 0, 0],
        [0, 0, 0, 11], // one left it blank: not every ballot alike
        [12, 0, 0, 0], // all "Rất tốt": known
      ],
      [0, 0, 12, 0],
    );
    expect(unanimousRows(tally)).toEqual({ criteria: [1, 4], prestige: true });
    expect(privacyOf(tally, 10)).toMatchObject({ unanimousCriteria: [1, 4], unanimousPrestige: true });
    expect(unanimousRows(tallyWith(12, [[6, 6, 0, 0]], [6, 6, 0, 0]))).toEqual({ criteria: [], prestige: false });
    // No valid ballot: nothing is known.
    expect(unanimousRows(tallyWith(0, [[0, 0, 0, 0]], [0, 0, 0, 0]))).toEqual({ criteria: [], prestige: false });
    expect(unanimousRows(tallyWith(7, [[7, 0, 0, 0]], null))).toEqual({ criteria: [1], prestige: false });
  });
});
