import { useCallback, useEffect, useRef } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { RemediationView } from '../../shared/remediation/remediationSchemas';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { ComparisonSection } from './ComparisonSection';
import { FlaggedCriteria } from './FlaggedCriteria';
import { PlanEditor } from './PlanEditor';
import { PlanFollowUp } from './PlanFollowUp';
import { sectionHref } from './remediationRoutes';
import { RemediationStatusText } from './RemediationStatusText';

/**
 * One person's remediation: what their sealed result flagged, their plan (entered by the
 * administrator) with its measures and follow-up notes, and their criteria beside last year's.
 * Before the result is sealed there is nothing to remedy, and the core says so.
 */
export function RemediationPlanPage({
  campaignId,
  contestId,
  user,
}: {
  campaignId: string;
  contestId: string;
  user: SessionUser;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('remediation.plan', { contestId }), [session, contestId]);
  const view = useLoaded<RemediationView | null>(load, null);

  // Opened from the list, the page starts at its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = view.value !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const back = (
    <p>
      <a href={sectionHref('remediation', campaignId)}>← {t('remediationPlan.back')}</a>
    </p>
  );
  if (view.error)
    return (
      <>
        {back}
        <ErrorNotice error={view.error} />
      </>
    );
  if (!view.value) return <p role="status">{t('overview.loading')}</p>;
  const value = view.value;
  const mayEdit = mayCall(contract['remediation.savePlan'].access, user.role);
  const mayRecord =
    mayCall(contract['remediation.setStatus'].access, user.role) &&
    mayCall(contract['remediation.markMeasure'].access, user.role);
  return (
    <article className="remediation-plan" aria-labelledby="remediation-plan-heading">
      {back}
      <h2 id="remediation-plan-heading" ref={heading} tabIndex={-1}>
        {value.subjectName}
      </h2>
      <p className="campaign-meta">
        {[value.positions.join('; '), value.unitName, value.campaignName].filter(Boolean).join(' · ')}
      </p>
      <p className="plan-status">
        {t('remediationPlan.status')} <RemediationStatusText status={value.status} />
      </p>
      <FlaggedCriteria view={value} />
      {value.plan ? <PlanFollowUp contestId={contestId} plan={value.plan} mayRecord={mayRecord} /> : null}
      {mayEdit ? <PlanEditor view={value} /> : null}
      {!value.plan && !mayEdit ? <p>{t('remediationPlan.noPlan')}</p> : null}
      <ComparisonSection campaignId={value.campaignId} contestId={contestId} />
    </article>
  );
}
