import { describe, expect, it } from 'vitest';
import { totalProgress, unitProgress, type DeskContest, type DeskUnit } from '../../../shared/counting/deskProgress';

const conference = {
  heldOn: '2023-05-01',
  place: 'Hội trường',
  chair: 'Nguyễn Văn A',
  committee: [],
  convened: 30,
  present: 28,
};

function contest(overrides: Partial<DeskContest> = {}): DeskContest {
  return {
    contestId: 'c1',
    unitId: 'u1',
    unitName: 'THCS Ngọc Lâm',
    subjectName: 'Nguyễn Văn B',
    positions: [],
    counts: null,
    batches: [],
    reconciled: false,
    closed: false,
    sealed: false,
    ...overrides,
  };
}

const batch = (verified: boolean, ballots: number) => ({
  id: `b${ballots}`,
  number: 1,
  label: '',
  source: 'keyed' as const,
  keyings: [
    { pass: 1, userLogin: 'kiemphieu1', ballots, finished: true, mine: false },
    { pass: 2, userLogin: 'kiemphieu2', ballots: ballots - 1, finished: false, mine: false },
  ],
  passesRequired: 2,
  unresolvedMismatches: 0,
  verified,
  verifiedBallots: verified ? ballots : 0,
});

const unit = (contests: DeskContest[], withConference = true): DeskUnit => ({
  unitId: 'u1',
  unitName: 'THCS Ngọc Lâm',
  unitType: 'thcs',
  conference: withConference ? conference : null,
  contests,
});

const counts = { issued: 20, returned: 18, notReturned: 2, valid: 18, invalid: {} } as DeskContest['counts'];

describe('a unit’s progress at the desk', () => {
  it('walks from no conference to sealed, one missing step at a time', () => {
    expect(unitProgress(unit([contest()], false)).state).toBe('noConference');
    expect(unitProgress(unit([contest()])).state).toBe('counting');
    expect(unitProgress(unit([contest({ counts })])).state).toBe('keying');
    expect(unitProgress(unit([contest({ counts, batches: [batch(false, 10)] })])).state).toBe('keying');
    expect(unitProgress(unit([contest({ counts, batches: [batch(true, 18)] })])).state).toBe('reconciling');
    expect(unitProgress(unit([contest({ counts, batches: [batch(true, 18)], reconciled: true })])).state).toBe(
      'reconciled',
    );
    expect(unitProgress(unit([contest({ sealed: true })], false)).state).toBe('sealed');
  });

  it('counts first-pass ballots as keyed and only verified batches as verified', () => {
    const progress = unitProgress(
      unit([contest({ counts, batches: [batch(true, 12), batch(false, 6)] }), contest({ counts, sealed: true })]),
    );
    expect(progress).toMatchObject({ contests: 2, counted: 2, returned: 36, keyed: 18, verified: 12, sealed: 1 });
    expect(progress.state).toBe('keying');
    expect(totalProgress([progress, progress])).toMatchObject({ units: 2, contests: 4, keyed: 36, verified: 24 });
  });
});
