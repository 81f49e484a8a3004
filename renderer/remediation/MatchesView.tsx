import { useCallback } from 'react';
import type { CallOutput } from '../../shared/contract';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { DecidedMatches } from './DecidedMatches';
import { PendingMatch } from './PendingMatch';

type Matches = CallOutput<'remediation.matches'>;

/** The campaign's people against last year's campaign: "Cần xác nhận" first, then those decided. */
export function MatchesView({ campaignId, user }: { campaignId: string; user: SessionUser }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('remediation.matches', { campaignId }), [session, campaignId]);
  const matches = useLoaded<Matches | null>(load, null);
  if (matches.error) return <ErrorNotice error={matches.error} />;
  if (!matches.value) return <p role="status">{t('overview.loading')}</p>;
  const { previousCampaign, people } = matches.value;
  if (!previousCampaign) return <p>{t('remediationMatches.noPrevious')}</p>;
  const pending = people.filter((person) => person.decision === 'pending');
  const decided = people.filter((person) => person.decision !== 'pending');
  const mayDecide = mayCall(contract['remediation.decideMatch'].access, user.role);
  return (
    <>
      <p>{t('remediationMatches.previous', { campaign: previousCampaign.name, year: previousCampaign.year })}</p>
      <section aria-labelledby="matches-pending-heading" data-focus-home tabIndex={-1}>
        <h3 id="matches-pending-heading">{t('remediationMatches.pendingHeading', { count: pending.length })}</h3>
        {pending.length === 0 ? <p>{t('remediationMatches.nonePending')}</p> : null}
        {!mayDecide && pending.length > 0 ? <p className="note">{t('remediationMatches.adminDecides')}</p> : null}
        {pending.map((person) => (
          <PendingMatch key={person.subjectId} person={person} mayDecide={mayDecide} />
        ))}
      </section>
      <DecidedMatches people={decided} />
    </>
  );
}
