import { localIsoDay } from '../../shared/campaigns/calendar';
import type { plansCalls } from '../../shared/contract/plansCalls';
import { fail } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { importableAppendix, validateAppendixTable } from '../../shared/plans/appendixRows';
import { expandDeadline } from '../../shared/plans/taskDeadlines';
import { type Handlers, signedInUser } from '../base/handlers';
import { readTable } from '../tabular/readTable';
import type { VaultStore } from '../vault';
import { getPlan, getTask, insertPlan, listPlans, saveStatus, statusesOf } from './planStore';
import { overdueOccurrences, planDetail, planSummary, planTasks, taskView } from './planViews';

const now = () => new Date();
const today = (asOf: string | undefined) => asOf ?? localIsoDay(now());

async function checkAppendixFile(
  file: { fileName: string; contentBase64: string },
  period: { from: string; to: string },
) {
  const result = validateAppendixTable(await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64')));
  const occurrences = result.tasks.reduce((sum, task) => sum + expandDeadline(task.deadline, period).length, 0);
  return {
    tasks: importableAppendix(result),
    preview: { tasks: result.tasks.length, occurrences, errors: result.errors },
  };
}

const badPeriod = (fromDate: string, toDate: string) =>
  fromDate > toDate ? fail('PLAN_PERIOD_INVALID', { fromDate, toDate }) : null;

export function createPlansHandlers(store: VaultStore): Handlers<typeof plansCalls> {
  return {
    'plans.previewAppendix': async ({ file, fromDate, toDate }) =>
      badPeriod(fromDate, toDate) ?? (await checkAppendixFile(file, { from: fromDate, to: toDate })).preview,

    // All or nothing: a single row in error and no plan is made.
    'plans.create': async ({ file, ...fields }, context) => {
      const refused = badPeriod(fields.fromDate, fields.toDate);
      if (refused) return refused;
      const { tasks, preview } = await checkAppendixFile(file, { from: fields.fromDate, to: fields.toDate });
      if (!tasks) return fail('IMPORT_HAS_ERRORS', { count: preview.errors.length });
      return store.write(
        signedInUser(context),
        'plan.created',
        { number: fields.number, title: fields.title, fileName: file.fileName, tasks: tasks.length },
        (db) => planDetail(db, insertPlan(db, fields, tasks, now().toISOString()), today(undefined)).plan,
      );
    },

    'plans.list': ({ asOf }) =>
      store.read((db) => listPlans(db).map((plan) => planSummary(plan, planTasks(db, plan, today(asOf))))),

    'plans.get': ({ planId, asOf }) => store.read((db) => planDetail(db, planId, today(asOf))),

    'plans.setStatus': ({ planId, taskId, key, status, note, asOf }, context) => {
      const user = signedInUser(context);
      return store.write(user, 'plan.statusSet', { planId, taskId, key, status }, (db) => {
        const plan = getPlan(db, planId);
        const task = getTask(db, planId, taskId);
        // Only a period the task's deadline has in the plan's years can have a status.
        if (!taskView(plan, task, new Map(), today(asOf)).occurrences.some((occurrence) => occurrence.key === key))
          return fail('NOT_FOUND', { what: message('core.plans.occurrence', { key }) });
        saveStatus(db, { taskId, key, status, note, userId: user.id }, now().toISOString());
        return taskView(plan, task, statusesOf(db, planId).get(taskId) ?? new Map(), today(asOf));
      });
    },

    'plans.overdue': ({ asOf }) => store.read((db) => overdueOccurrences(db, today(asOf))),
  };
}
