import type { RemediationView } from '../../shared/remediation/remediationSchemas';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import { MeasuresTable } from './MeasuresTable';
import { NotesTable } from './NotesTable';
import { StatusForm } from './StatusForm';

type Plan = NonNullable<RemediationView['plan']>;

/**
 * A plan entered: where it came from, its measures with the days they were done, and its dated
 * notes; those who may follow it up record a measure done and the plan's status here.
 */
export function PlanFollowUp({ contestId, plan, mayRecord }: { contestId: string; plan: Plan; mayRecord: boolean }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="remediation-followup-heading">
      <h3 id="remediation-followup-heading">{t('remediationPlan.planHeading')}</h3>
      <p className="campaign-meta">
        {t('remediationPlan.submitted', {
          source: t(`remediationForm.source.${plan.source}`),
          date: dateText(plan.submittedOn),
        })}
      </p>
      <MeasuresTable contestId={contestId} measures={plan.measures} mayRecord={mayRecord} />
      {mayRecord ? <StatusForm contestId={contestId} recorded={plan.recordedStatus} /> : null}
      <NotesTable notes={plan.notes} />
    </section>
  );
}
