import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../renderer/plans/daysLate';
import { periodInOrder, planFieldsOf } from '../../../renderer/plans/planDraft';
import { taskNumberOf } from '../../../renderer/plans/taskNaming';

describe('the plan as typed in “Nhập kế hoạch”', () => {
  it('goes to the core trimmed, its dd/mm/yyyy dates as ISO days', () => {
    expect(
      planFieldsOf({
        title: '  Kế hoạch nâng cao chất lượng hoạt động chi bộ ',
        number: ' 35-KH/HU',
        issuedOn: '05/05/2021',
        issuer: 'Huyện ủy Gia Lâm ',
        fromDate: '5/5/2021',
        toDate: '31122025',
      }),
    ).toEqual({
      title: 'Kế hoạch nâng cao chất lượng hoạt động chi bộ',
      number: '35-KH/HU',
      issuedOn: '2021-05-05',
      issuer: 'Huyện ủy Gia Lâm',
      fromDate: '2021-05-05',
      toDate: '2025-12-31',
    });
  });

  it('has a period that may end the day it starts, not before; an unreadable date is its own field’s problem', () => {
    expect(periodInOrder('05/05/2021', '31/12/2025')).toBe(true);
    expect(periodInOrder('05/05/2021', '05/05/2021')).toBe(true);
    expect(periodInOrder('05/05/2021', '31/12/2020')).toBe(false);
    expect(periodInOrder('05/05/2021', '31/13/2025')).toBe(true);
  });
});

describe('the overdue list and the task table', () => {
  it('count whole days late from the due day to the day asked about', () => {
    expect(daysBetween('2021-05-31', '2021-10-01')).toBe(123);
    expect(daysBetween('2024-02-29', '2024-03-01')).toBe(1);
  });

  it('name a task by its number, or by its place in an appendix without numbers', () => {
    expect(taskNumberOf({ number: '3' }, 2)).toBe('3');
    expect(taskNumberOf({ number: null }, 2)).toBe('3');
  });
});
