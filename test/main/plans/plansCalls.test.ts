import { describe, expect, it } from 'vitest';
import { appendixCsv, appendixUpload, plan35 } from '../../fixtures/plans/planData';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { coreWithVault, signedInUser } from '../../helpers/testCore';

const appendix = appendixCsv;
const file = appendixUpload;

describe('plans: a plan’s appendix of tasks, its deadlines over the plan’s years, and what is overdue', () => {
  const temp = useTempDirectories();

  it('imports seed 004’s 16 tasks and expands each deadline over 2021–2025', async () => {
    const { core, admin } = await coreWithVault(temp());
    expect(
      await admin.ok('plans.previewAppendix', { file: file(), fromDate: '2021-05-05', toDate: '2025-12-31' }),
    ).toEqual({ tasks: 16, occurrences: 134, errors: [] });
    const created = await admin.ok('plans.create', { ...plan35, file: file() });
    expect(created).toMatchObject({ number: '35-KH/HU', tasks: 16, occurrences: 134, done: 0 });
    const { tasks } = await admin.ok('plans.get', { planId: created.id, asOf: '2021-05-05' });
    expect(tasks.map((task) => task.occurrences.length)).toEqual([1, 5, 5, 75, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 1, 1]);
    const byNumber = (number: string) => tasks.find((task) => task.number === number)!;
    expect(byNumber('3')).toMatchObject({ deadlineText: 'Quý III hàng năm', deadline: 'Quý III hàng năm' });
    expect(byNumber('3').occurrences.map((occurrence) => occurrence.due)).toEqual([
      '2021-09-30',
      '2022-09-30',
      '2023-09-30',
      '2024-09-30',
      '2025-09-30',
    ]);
    expect(byNumber('2').occurrences.map((occurrence) => occurrence.label)).toEqual([
      '09/2021',
      '09/2022',
      '09/2023',
      '09/2024',
      '09/2025',
    ]);
    expect(byNumber('15').occurrences).toEqual([
      expect.objectContaining({ key: '2023-Q3', label: 'Quý III/2023', due: '2023-09-30', status: 'notStarted' }),
    ]);
    const monthly = byNumber('4').occurrences;
    expect(monthly.find((occurrence) => occurrence.key === '2024-02')?.due).toBe('2024-02-29');
    core.shutdown();
  });

  it('records a status per occurrence with its note; what is not done by its day is overdue', async () => {
    const { core, admin } = await coreWithVault(temp());
    const { id: planId } = await admin.ok('plans.create', { ...plan35, file: file() });
    const head = await signedInUser(core, admin, { login: 'truongban', fullName: 'Trần Văn Bình', role: 'head' });
    const { tasks } = await head.ok('plans.get', { planId, asOf: '2021-10-01' });
    const quarterly = tasks.find((task) => task.number === '3')!;
    const updated = await head.ok('plans.setStatus', {
      planId,
      taskId: quarterly.id,
      key: '2021-Q3',
      status: 'done',
      note: 'Đã mở 2 lớp bồi dưỡng tại Trung tâm chính trị huyện',
      asOf: '2021-10-01',
    });
    expect(updated.occurrences[0]).toMatchObject({ key: '2021-Q3', status: 'done', overdue: false });
    expect(updated.occurrences[0]!.note).toContain('2 lớp');

    const overdue = await head.ok('plans.overdue', { asOf: '2021-10-01' });
    expect(overdue.map((item) => [item.taskNumber, item.label])).toEqual([
      ['4', '05/2021'],
      ['4', '06/2021'],
      ['4', 'Quý II/2021'],
      ['1', '07/2021'],
      ['4', '07/2021'],
      ['6', '07/2021'],
      ['7', '07/2021'],
      ['8', '07/2021'],
      ['9', '07/2021'],
      ['4', '08/2021'],
      ['2', '09/2021'],
      ['4', '09/2021'],
      ['4', 'Quý III/2021'],
      ['5', 'Quý III/2021'],
      ['12', '09/2021'],
    ]);
    expect((await head.ok('plans.list', { asOf: '2021-10-01' }))[0]).toMatchObject({ done: 1, overdue: 15 });
    expect(await head.code('plans.setStatus', { planId, taskId: quarterly.id, key: '2021-07', status: 'done' })).toBe(
      'NOT_FOUND',
    );
    core.shutdown();
  });

  it('refuses a file with an unreadable deadline, and a period that ends before it starts; nothing is made', async () => {
    const { core, admin } = await coreWithVault(temp());
    const broken = Buffer.from(appendix.toString('utf8').replace('Quý III/2023', 'Giữa nhiệm kỳ'), 'utf8');
    const preview = await admin.ok('plans.previewAppendix', {
      file: file(broken),
      fromDate: '2021-05-05',
      toDate: '2025-12-31',
    });
    expect(preview.errors).toEqual([expect.objectContaining({ column: 'Thời gian hoàn thành' })]);
    expect(await admin.code('plans.create', { ...plan35, file: file(broken) })).toBe('IMPORT_HAS_ERRORS');
    expect(await admin.code('plans.create', { ...plan35, toDate: '2020-12-31', file: file() })).toBe(
      'PLAN_PERIOD_INVALID',
    );
    expect(await admin.ok('plans.list', {})).toEqual([]);
    const counter = await signedInUser(core, admin, { login: 'kiemphieu1', fullName: 'Lê Văn Một', role: 'counter' });
    expect(await counter.code('plans.list', {})).toBe('FORBIDDEN');
    core.shutdown();
  });
});
