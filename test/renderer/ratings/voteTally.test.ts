import { describe, expect, it } from 'vitest';
import { subjectVoteResult, unanimousRowNumbers, underFloor, voteTallyRows } from '../../../renderer/ratings/voteTally';
import type { RatingVote } from '../../../shared/ratings/ratingSchemas';
import { countedThcsVote, keyingThVote } from '../../fixtures/ratings/voteRoundData';

describe('a counted vote’s tally on screen', () => {
  it('gives each level and "blank or several marks" its share of the valid ballots, adding up to 100,00 as the minutes do', () => {
    const rows = voteTallyRows(countedThcsVote);
    expect(rows.map((row) => [row.number, row.name, row.levels.map((level) => [level.count, level.share])])).toEqual([
      [
        1,
        'Chi ủy Chi bộ Trường THCS Đa Tốn',
        [
          [1, 2500],
          [3, 7500],
          [0, 0],
          [0, 0],
        ],
      ],
      [
        2,
        'Nguyễn Thị Hằng',
        [
          [0, 0],
          [3, 7500],
          [0, 0],
          [0, 0],
        ],
      ],
      [
        3,
        'Lê Thị Ánh',
        [
          [0, 0],
          [4, 10000],
          [0, 0],
          [0, 0],
        ],
      ],
    ]);
    expect(rows[1]!.unmarked).toEqual({ count: 1, share: 2500, blank: 0, multi: 1 });
  });

  it('rounds by largest remainder, so three ballots split one each still add up to exactly 100,00', () => {
    const thirds: RatingVote = {
      ...countedThcsVote,
      ballots: { issued: 3, returned: 3, valid: 3, invalid: 0 },
      rows: [{ subjectId: 'hang', name: 'Nguyễn Thị Hằng', levels: [1, 1, 1, 0], blank: 0, multi: 0 }],
    };
    const [row] = voteTallyRows(thirds);
    expect(row!.levels.map((level) => level.share)).toEqual([3334, 3333, 3333, 0]);
  });

  it('shows no share without a valid ballot, and nothing before the counting is closed', () => {
    const none: RatingVote = {
      ...countedThcsVote,
      ballots: { issued: 2, returned: 2, valid: 0, invalid: 2 },
      rows: [{ subjectId: 'hang', name: 'Nguyễn Thị Hằng', levels: [0, 0, 0, 0], blank: 0, multi: 0 }],
    };
    expect(voteTallyRows(none)[0]!.levels.every((level) => level.share === null)).toBe(true);
    expect(unanimousRowNumbers(none)).toEqual([]);
    expect(voteTallyRows(keyingThVote)).toEqual([]);
  });
});

describe('the privacy floors of a vote (SPEC §3)', () => {
  it('puts a counted vote under 5 valid ballots behind the warning, exactly at the floor not', () => {
    expect(underFloor(countedThcsVote)).toBe(true);
    expect(underFloor({ ...countedThcsVote, ballots: { issued: 5, returned: 5, valid: 5, invalid: 0 } })).toBe(false);
    expect(underFloor(keyingThVote)).toBe(false);
  });

  it('names the rows every valid ballot marked alike', () => {
    expect(unanimousRowNumbers(countedThcsVote)).toEqual([3]);
  });
});

describe('a subject’s place in the round’s votes', () => {
  const votes = [countedThcsVote, keyingThVote];

  it('is its counted row, its vote still being keyed, or none', () => {
    expect(subjectVoteResult(votes, 'hang')).toMatchObject({
      state: 'counted',
      vote: { id: 'vote-thcs' },
      row: { name: 'Nguyễn Thị Hằng', number: 2 },
    });
    expect(subjectVoteResult(votes, 'chau')).toMatchObject({ state: 'keying', vote: { id: 'vote-th' } });
    expect(subjectVoteResult(votes, 'bao')).toEqual({ state: 'none' });
  });
});
