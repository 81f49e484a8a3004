import { Fragment, useEffect, useRef } from 'react';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { PlanTaskRow } from './PlanTaskRow';
import type { ShownTask } from './planTaskFilter';
import { TaskPanel } from './TaskPanel';
import { taskNumberOf } from './taskNaming';

/** The columns of the appendix, then progress, overdue and the way to the occurrences. */
const columnCount = 9;

/**
 * The plan's tasks in one table, in the appendix's order and columns. The chosen task's
 * occurrences open in a row of their own right under it, the full width of the table.
 */
export function PlanTasksTable({
  planId,
  shown,
  chosenTaskId,
}: {
  planId: string;
  shown: readonly ShownTask[];
  chosenTaskId: string | null;
}) {
  const { t } = useLanguage();

  // Closing a task's occurrences puts the focus back on the link that opened them.
  const previous = useRef<string | null>(chosenTaskId);
  useEffect(() => {
    if (previous.current && !chosenTaskId) document.getElementById(`task-link-${previous.current}`)?.focus();
    previous.current = chosenTaskId;
  }, [chosenTaskId]);

  return (
    <DataTable
      className="plan-tasks"
      caption={t('plan.tasksCaption')}
      labels={[
        t('planTask.number'),
        t('planTask.content'),
        t('planTask.leadBody'),
        t('planTask.coordinatingBodies'),
        t('planTask.deadline'),
        t('planTask.leader'),
        t('planTask.progress'),
        t('planTask.overdue'),
        t('planTask.occurrences'),
      ]}
    >
      {shown.map((item) => {
        const chosen = item.task.id === chosenTaskId;
        return (
          <Fragment key={item.task.id}>
            <PlanTaskRow planId={planId} task={item.task} index={item.index} chosen={chosen} />
            {chosen ? (
              <tr className="task-panel-row">
                <td colSpan={columnCount}>
                  <TaskPanel
                    planId={planId}
                    task={item.task}
                    number={taskNumberOf(item.task, item.index)}
                    shown={item.occurrences}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        );
      })}
    </DataTable>
  );
}
