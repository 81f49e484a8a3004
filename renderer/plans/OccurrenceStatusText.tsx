import { occurrenceStatusLabels, type PlanOccurrence } from '../../shared/plans/planSchemas';
import { useLanguage } from '../i18n/LanguageContext';

/** Where an occurrence stands, in words; "Quá hạn" is written out beside it, the colour only repeats it. */
export function OccurrenceStatusText({ occurrence }: { occurrence: Pick<PlanOccurrence, 'status' | 'overdue'> }) {
  const { pick } = useLanguage();
  return (
    <>
      <span data-status={occurrence.status}>{pick(occurrenceStatusLabels[occurrence.status])}</span>
      {occurrence.overdue ? (
        <>
          {' · '}
          <strong className="badge overdue">{pick(occurrenceStatusLabels.overdue)}</strong>
        </>
      ) : null}
    </>
  );
}
