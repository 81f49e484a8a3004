import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { rekeyedBallots } from '../../../shared/counting/keyerReturns';

const shape = { rows: 3, maxMark: 4, hasPrestige: true };
const ballot = (marks: string, prestige = 1): BallotEntry => ({
  valid: true,
  answers: [...marks].map(Number),
  notes: {},
  other: '',
  prestige,
});
const keyed = [ballot('123'), ballot('222'), ballot('314')];

describe('a keying with the fields its keyer read again from the paper', () => {
  it('puts each value in its field; an empty note is no note', () => {
    const noted = [keyed[0]!, { ...ballot('222'), notes: { '2': 'Chưa sâu sát' } }, keyed[2]!];
    expect(
      rekeyedBallots(
        noted,
        [
          { position: 1, field: 'answer:2', value: '*' },
          { position: 2, field: 'note:2', value: '' },
          { position: 3, field: 'prestige', value: 4 },
          { position: 3, field: 'other', value: 'Cần gương mẫu hơn' },
        ],
        shape,
      ),
    ).toEqual({
      ok: true,
      entries: [
        { ...ballot('123'), answers: [1, '*', 3] },
        ballot('222'),
        { ...ballot('314', 4), other: 'Cần gương mẫu hơn' },
      ],
    });
  });

  it('replaces a whole ballot, adds one at the end, or takes the last one off', () => {
    const invalid: BallotEntry = { valid: false, invalidReason: 'blank', invalidText: '' };
    expect(rekeyedBallots(keyed, [{ position: 2, field: 'ballot', value: invalid }], shape)).toEqual({
      ok: true,
      entries: [keyed[0], invalid, keyed[2]],
    });
    expect(rekeyedBallots(keyed, [{ position: 4, field: 'ballot', value: ballot('444') }], shape)).toEqual({
      ok: true,
      entries: [...keyed, ballot('444')],
    });
    expect(rekeyedBallots(keyed, [{ position: 3, field: 'ballot', value: null }], shape)).toEqual({
      ok: true,
      entries: keyed.slice(0, 2),
    });
  });

  it('never leaves a hole in the stack, nor a ballot that does not fit the form', () => {
    const hole = rekeyedBallots(keyed, [{ position: 2, field: 'ballot', value: null }], shape);
    expect(hole).toMatchObject({ ok: false, problem: { vi: expect.stringMatching(/^phiếu thứ 2: .*giữa lô/) } });
    const gap = rekeyedBallots(keyed, [{ position: 5, field: 'ballot', value: ballot('444') }], shape);
    expect(gap).toMatchObject({ ok: false, problem: { en: expect.stringMatching(/^ballot 4: /) } });
    expect(rekeyedBallots(keyed, [{ position: 1, field: 'answer:2', value: 7 }], shape)).toMatchObject({
      ok: false,
      problem: { en: 'ballot 1: row 2: mark 7 is not on the form' },
    });
    expect(rekeyedBallots(keyed, [{ position: 1, field: 'note:9', value: 'x' }], shape)).toMatchObject({ ok: false });
    expect(rekeyedBallots(keyed, [{ position: 4, field: 'prestige', value: 2 }], shape)).toMatchObject({
      ok: false,
      problem: { en: 'ballot 4: no valid ballot there' },
    });
  });
});
