import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanOccurrence, PlanTask } from '../../shared/plans/planSchemas';
import { navigate } from '../app/navigate';
import { TableHead } from '../forms/TableHead';
import { useLanguage } from '../i18n/LanguageContext';
import { OccurrenceRow } from './OccurrenceRow';
import { groupByYear, occurrenceProgress } from './occurrenceYears';
import { planHref } from './planRoutes';

const isField = (target: EventTarget) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

/**
 * One task's occurrences as the filter leaves them, grouped by the year they are due in (a monthly
 * task's dozens read a year at a time), each with its status, note and when it was last recorded,
 * and a form to record it. The focus lands on the heading when it opens; Escape or "Đóng" closes it.
 */
export function TaskPanel({
  planId,
  task,
  number,
  shown,
}: {
  planId: string;
  task: PlanTask;
  /** The task's name on the screen (its number, or its place in the appendix). */
  number: string;
  shown: readonly PlanOccurrence[];
}) {
  const { t } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const years = useMemo(() => groupByYear(shown), [shown]);
  const { done, overdue } = occurrenceProgress(task.occurrences);
  const hidden = task.occurrences.length - shown.length;
  const close = planHref(planId);

  useEffect(() => heading.current?.focus(), []);

  const labels = [
    t('occurrence.label'),
    t('occurrence.due'),
    t('occurrence.status'),
    t('occurrence.note'),
    t('occurrence.updatedAt'),
    t('occurrence.action'),
  ];
  return (
    <section
      className="task-panel"
      aria-labelledby="task-panel-heading"
      data-focus-home
      tabIndex={-1}
      onKeyDown={(event) => {
        // Not from a field: Escape there leaves the status form, not the task.
        if (event.key === 'Escape' && !isField(event.target)) navigate(close);
      }}
    >
      <h3 id="task-panel-heading" ref={heading} tabIndex={-1}>
        {t('taskPanel.heading', { number })}
      </h3>
      <p>
        {t('taskPanel.summary', { deadline: task.deadline, done, occurrences: task.occurrences.length, overdue })}{' '}
        <a href={close}>{t('taskPanel.close')}</a>
      </p>
      {hidden > 0 ? <p className="note">{t('taskPanel.hidden', { hidden })}</p> : null}
      {saved ? (
        <p role="status" className="notice">
          {saved}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p>{t('taskPanel.noneShown')}</p>
      ) : (
        <table className="data-table task-occurrences">
          <caption>{t('taskPanel.caption', { number })}</caption>
          <TableHead labels={labels} />
          {years.map((group) => (
            <tbody key={group.year} data-year={group.year}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={labels.length}>
                  {t('taskPanel.year', {
                    year: group.year,
                    done: group.done,
                    occurrences: group.occurrences.length,
                    overdue: group.overdue,
                  })}
                </th>
              </tr>
              {group.occurrences.map((occurrence) => (
                <OccurrenceRow
                  key={occurrence.key}
                  planId={planId}
                  taskId={task.id}
                  occurrence={occurrence}
                  columns={labels.length}
                  onSaved={setSaved}
                />
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
