import { useCallback } from 'react';
import type { CallOutput } from '../../shared/contract';
import { shareText } from '../../shared/results/shareText';
import { DataTable } from '../forms/DataTable';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

type History = CallOutput<'results.history'>;

/** The same person in the same unit in earlier campaigns, oldest first. */
export function HistorySection({ contestId }: { contestId: string }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.history', { contestId }), [session, contestId]);
  const history = useLoaded<History>(load, { rows: [] });
  const share = (value: number | null) => (value === null ? '—' : `${shareText(value, language)} %`);
  return (
    <section aria-labelledby="results-history">
      <h3 id="results-history">{t('results.history')}</h3>
      <ErrorNotice error={history.error} />
      <DataTable
        labels={[
          t('results.year'),
          t('results.campaign'),
          t('results.validBallots'),
          t('results.goodOrBetter'),
          t('results.lowShare'),
          t('results.prestigeLow'),
        ]}
      >
        {history.value.rows.map((row) => (
          <tr key={row.contestId}>
            <td>{row.year}</td>
            <th scope="row">{row.campaignName}</th>
            <td>{row.validBallots}</td>
            <td>{share(row.goodOrBetter)}</td>
            <td>{share(row.lowShare)}</td>
            <td>{share(row.prestigeLowShare)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
