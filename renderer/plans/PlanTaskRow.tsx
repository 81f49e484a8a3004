import type { PlanTask } from '../../shared/plans/planSchemas';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import { occurrenceProgress } from './occurrenceYears';
import { planHref } from './planRoutes';
import { taskNumberOf } from './taskNaming';

/**
 * One task as the appendix writes it, its deadline also as the app reads it (with how many
 * occurrences that makes and when the first is due, so a misreading shows), its progress over all
 * its occurrences, and the link that opens or closes them.
 */
export function PlanTaskRow({
  planId,
  task,
  index,
  chosen,
}: {
  planId: string;
  task: PlanTask;
  index: number;
  chosen: boolean;
}) {
  const { t } = useLanguage();
  const number = taskNumberOf(task, index);
  const { done, overdue } = occurrenceProgress(task.occurrences);
  const first = task.occurrences[0];
  return (
    <tr data-task={number} className={chosen ? 'chosen' : undefined}>
      <td>{task.number ?? ''}</td>
      <th scope="row">{task.content}</th>
      <td>{task.leadBody}</td>
      <td>{task.coordinatingBodies}</td>
      <td>
        {task.deadlineText}
        <div className="note">
          {first
            ? t('planTask.readAs', {
                deadline: task.deadline,
                count: task.occurrences.length,
                due: dateText(first.due),
              })
            : t('planTask.readAsNone', { deadline: task.deadline })}
        </div>
      </td>
      <td>{task.leader}</td>
      <td className="figure" data-progress>
        {done}/{task.occurrences.length}
      </td>
      <td className="figure" data-overdue={overdue}>
        {overdue}
      </td>
      <td>
        <a
          id={`task-link-${task.id}`}
          href={chosen ? planHref(planId) : planHref(planId, task.id)}
          aria-expanded={chosen}
          className="nowrap"
        >
          {chosen ? t('planTask.hide') : t('planTask.show', { count: task.occurrences.length })}{' '}
          <span className="visually-hidden">{t('planTask.ofTask', { number })}</span>
        </a>
      </td>
    </tr>
  );
}
