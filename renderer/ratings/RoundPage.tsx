import { useCallback } from 'react';
import { mayCall } from '../../shared/contract';
import type { CallOutput } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { OptionalRules } from './OptionalRules';
import { roundHref } from './roundRoutes';
import { roundTabs } from './roundTabs';

/** One round: its name, year, how far its decisions are, its optional rules, and its parts (roundTabs). */
export function RoundPage({
  roundId,
  tab,
  rest,
  user,
}: {
  roundId: string;
  tab: string | null;
  rest: readonly string[];
  user: SessionUser;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('ratings.round', { roundId }), [session, roundId]);
  const detail = useLoaded<CallOutput<'ratings.round'> | null>(load, null);
  const visible = roundTabs.filter((candidate) => mayCall(candidate.access, user.role));
  const current = visible.find((candidate) => candidate.id === tab) ?? visible[0];

  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.value) return <p role="status">{t('overview.loading')}</p>;
  const { round, entries } = detail.value;

  return (
    <article aria-labelledby="round-heading">
      <p>
        <a href="#/ratings/rounds">← {t('round.back')}</a>
      </p>
      <h2 id="round-heading">{round.name}</h2>
      <p className="campaign-meta">
        {t('round.meta', { year: round.year, decided: round.decided, subjects: round.subjects })} ·{' '}
        <OptionalRules rules={round.rules} />
      </p>
      {visible.length > 1 ? (
        <nav aria-label={t('round.tabs')} className="section-nav">
          <ul>
            {visible.map((candidate) => (
              <li key={candidate.id}>
                <a
                  href={roundHref(round.id, candidate.id)}
                  aria-current={candidate.id === current?.id ? 'page' : undefined}
                >
                  {t(candidate.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {current ? (
        <current.Screen round={round} entries={entries} user={user} rest={current.id === tab ? rest : []} />
      ) : null}
    </article>
  );
}
