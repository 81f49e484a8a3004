import { describe, expect, it } from 'vitest';
import { compareCriteria } from '../../../shared/remediation/criterionComparison';
import { effectiveStatus, measureOverdue } from '../../../shared/remediation/remediationStatus';

const row = (number: number, text: string, lowShare: number, flagged = lowShare >= 2000) => ({
  number,
  text,
  lowShare,
  flagged,
});

describe('a criterion this year beside last year', () => {
  it('finds last year’s row by its wording even when the form renumbered it, and says whether it improved', () => {
    const last = [row(1, 'Bản lĩnh chính trị', 3000), row(2, 'Đạo đức, lối sống', 2500), row(3, 'Tác phong', 500)];
    const current = [
      row(1, 'Đạo đức, lối sống', 1000),
      row(2, 'Bản lĩnh  chính trị', 3500),
      row(3, 'Tác phong', 500),
      row(4, 'Mới', 0),
    ];
    expect(compareCriteria(current, last, new Set([2]))).toEqual([
      {
        number: 1,
        text: 'Đạo đức, lối sống',
        lastShare: 2500,
        thisShare: 1000,
        lastFlagged: true,
        thisFlagged: false,
        inPlan: true,
        change: 'improved',
      },
      {
        number: 2,
        text: 'Bản lĩnh  chính trị',
        lastShare: 3000,
        thisShare: 3500,
        lastFlagged: true,
        thisFlagged: true,
        inPlan: false,
        change: 'worsened',
      },
      {
        number: 3,
        text: 'Tác phong',
        lastShare: 500,
        thisShare: 500,
        lastFlagged: false,
        thisFlagged: false,
        inPlan: false,
        change: 'same',
      },
      {
        number: 4,
        text: 'Mới',
        lastShare: null,
        thisShare: 0,
        lastFlagged: false,
        thisFlagged: false,
        inPlan: false,
        change: null,
      },
    ]);
  });

  it('without last year, only this year', () => {
    expect(compareCriteria([row(1, 'A', 2500)], null, new Set([1]))[0]).toMatchObject({
      lastShare: null,
      inPlan: false,
      change: null,
    });
  });
});

describe('where a plan stands', () => {
  it('is what was recorded, overdue when a measure is late, done when done', () => {
    const late = [{ overdue: true }];
    expect(effectiveStatus(null, [])).toBe('notSubmitted');
    expect(effectiveStatus('submitted', [{ overdue: false }])).toBe('submitted');
    expect(effectiveStatus('inProgress', late)).toBe('overdue');
    expect(effectiveStatus('done', late)).toBe('done');
    expect(effectiveStatus('overdue', [])).toBe('overdue');
  });

  it('a measure is late the day after its deadline, unless done', () => {
    expect(measureOverdue({ deadline: '2023-09-30', doneOn: null }, '2023-09-30')).toBe(false);
    expect(measureOverdue({ deadline: '2023-09-30', doneOn: null }, '2023-10-01')).toBe(true);
    expect(measureOverdue({ deadline: '2023-09-30', doneOn: '2023-10-05' }, '2023-10-06')).toBe(false);
  });
});
