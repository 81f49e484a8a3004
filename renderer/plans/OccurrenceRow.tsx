import { useState } from 'react';
import type { PlanOccurrence } from '../../shared/plans/planSchemas';
import { dateText } from '../forms/dayMonthYear';
import { useReturnFocus } from '../forms/focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';
import { OccurrenceStatusForm } from './OccurrenceStatusForm';
import { OccurrenceStatusText } from './OccurrenceStatusText';

/**
 * One occurrence: its period, due day, status (overdue in words), note and when it was recorded,
 * and the button that opens its status form in a row right under it. Answered either way, the
 * form closes and the focus is back on the button.
 */
export function OccurrenceRow({
  planId,
  taskId,
  occurrence,
  columns,
  onSaved,
}: {
  planId: string;
  taskId: string;
  occurrence: PlanOccurrence;
  /** How many columns the form's row spans. */
  columns: number;
  /** What was recorded, said once the form has closed. */
  onSaved: (said: string) => void;
}) {
  const { t, when } = useLanguage();
  const [editing, setEditing] = useState(false);
  const { opener, returnFocus } = useReturnFocus<HTMLButtonElement>();
  const formId = `occurrence-form-${occurrence.key}`;
  const closed = () => {
    setEditing(false);
    returnFocus();
  };
  return (
    <>
      <tr data-occurrence={occurrence.key} data-overdue={occurrence.overdue || undefined}>
        <th scope="row">{occurrence.label}</th>
        <td className="nowrap">{dateText(occurrence.due)}</td>
        <td>
          <OccurrenceStatusText occurrence={occurrence} />
        </td>
        <td className="occurrence-note">{occurrence.note}</td>
        <td>
          {occurrence.updatedAt ? when(occurrence.updatedAt) : <span className="note">{t('occurrence.never')}</span>}
        </td>
        <td>
          <button
            ref={opener}
            type="button"
            className="secondary"
            aria-expanded={editing}
            aria-controls={editing ? formId : undefined}
            onClick={() => setEditing((open) => !open)}
          >
            {t('occurrence.edit')}{' '}
            <span className="visually-hidden">{t('occurrence.editOf', { label: occurrence.label })}</span>
          </button>
        </td>
      </tr>
      {editing ? (
        <tr className="occurrence-form-row">
          <td colSpan={columns}>
            <OccurrenceStatusForm
              id={formId}
              planId={planId}
              taskId={taskId}
              occurrence={occurrence}
              onCancel={closed}
              onSaved={(said) => {
                onSaved(said);
                closed();
              }}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
