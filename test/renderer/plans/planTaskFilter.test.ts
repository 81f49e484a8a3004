import { describe, expect, it } from 'vitest';
import { occurrence } from '../../fixtures/plans/planOccurrences';
import type { PlanOccurrence, PlanTask } from '../../../shared/plans/planSchemas';
import { filterPlanTasks, noTaskFilter, planYears } from '../../../renderer/plans/planTaskFilter';

const task = (number: string | null, content: string, leadBody: string, occurrences: PlanOccurrence[]): PlanTask => ({
  id: `task-${number ?? content}`,
  number,
  content,
  leadBody,
  coordinatingBodies: '',
  deadlineText: '',
  deadline: '',
  leader: '',
  occurrences,
});

/** Three tasks of seed 004's appendix, as the core gives them on 01/10/2022. */
const tasks = [
  task('1', 'Xây dựng quy chế làm việc mẫu đối với Chi bộ trường học.', 'Ban Tô chức', [
    occurrence('2021-07', '2021-07-31', { status: 'done' }),
  ]),
  task('3', 'Triển khai các lớp bồi dưỡng lý luận chính trị cho cán bộ, giáo viên.', 'Ban Tuyên giáo', [
    occurrence('2021-Q3', '2021-09-30', { status: 'done' }),
    occurrence('2022-Q3', '2022-09-30', { overdue: true }),
    occurrence('2023-Q3', '2023-09-30'),
  ]),
  task(null, 'Tổng kết 05 năm thực hiện Kế hoạch', 'Ban Tổ chức', [occurrence('2025-Q3', '2025-09-30')]),
];

describe('the plan page’s filter', () => {
  it('leaves every task and occurrence in the appendix’s order when nothing is asked, each with its place', () => {
    const shown = filterPlanTasks(tasks, noTaskFilter);
    expect(shown.map((item) => [item.index, item.occurrences.length])).toEqual([
      [0, 1],
      [1, 3],
      [2, 1],
    ]);
  });

  it('searches the content or the lead body by word starts, diacritics optional', () => {
    expect(filterPlanTasks(tasks, { ...noTaskFilter, search: 'boi duong' }).map((item) => item.task.number)).toEqual([
      '3',
    ]);
    expect(filterPlanTasks(tasks, { ...noTaskFilter, search: 'tuyen giao' }).map((item) => item.task.number)).toEqual([
      '3',
    ]);
    // "Ban Tô chức" (as the appendix misspells it) and "Ban Tổ chức" both read "to chuc".
    expect(filterPlanTasks(tasks, { ...noTaskFilter, search: 'to chuc' })).toHaveLength(2);
  });

  it('keeps only the overdue occurrences, and the tasks that have one', () => {
    const shown = filterPlanTasks(tasks, { ...noTaskFilter, onlyOverdue: true });
    expect(shown.map((item) => [item.task.number, item.occurrences.map((one) => one.key)])).toEqual([
      ['3', ['2022-Q3']],
    ]);
  });

  it('keeps the occurrences due in the year chosen, and the tasks that have one', () => {
    const shown = filterPlanTasks(tasks, { ...noTaskFilter, year: 2021 });
    expect(shown.map((item) => [item.task.number, item.occurrences.map((one) => one.key)])).toEqual([
      ['1', ['2021-07']],
      ['3', ['2021-Q3']],
    ]);
    expect(filterPlanTasks(tasks, { ...noTaskFilter, year: 2021, onlyOverdue: true })).toEqual([]);
  });
});

describe('the years to choose occurrences by', () => {
  it('are the plan period’s years', () => {
    expect(planYears({ fromDate: '2021-05-05', toDate: '2025-12-31' }, tasks)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('include a year an occurrence is due in outside the period', () => {
    expect(planYears({ fromDate: '2022-01-01', toDate: '2023-12-31' }, tasks)).toEqual([2021, 2022, 2023, 2025]);
  });
});
