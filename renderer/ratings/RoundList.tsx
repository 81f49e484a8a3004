import { useCallback } from 'react';
import type { RatingRound } from '../../shared/ratings/ratingSchemas';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { OptionalRules } from './OptionalRules';

/** Every round, newest year first: its name (the way to its page) and how many of its subjects are decided. */
export function RoundList() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('ratings.rounds', {}), [session]);
  const rounds = useLoaded<RatingRound[]>(load, []);
  return (
    <section aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('rounds.heading')}</h2>
      <ErrorNotice error={rounds.error} />
      {rounds.value.length === 0 ? (
        <p>{t('rounds.none')}</p>
      ) : (
        <DataTable labels={[t('rounds.year'), t('rounds.name'), t('rounds.decided'), t('rounds.optionalRules')]}>
          {rounds.value.map((round) => (
            <tr key={round.id} data-year={round.year}>
              <td>{round.year}</td>
              <td>
                <a href={`#/ratings/rounds/${round.id}`}>{round.name}</a>
              </td>
              <td>{t('rounds.decidedOf', { decided: round.decided, subjects: round.subjects })}</td>
              <td>
                <OptionalRules rules={round.rules} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
