import { useCallback } from 'react';
import type { z } from '../../shared/schema/z';
import type { countingCalls } from '../../shared/contract/countingCalls';
import { DataTable } from '../forms/DataTable';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

type Stats = z.infer<(typeof countingCalls)['counting.operatorStats']['output']>;

export function OperatorStats({ campaignId }: { campaignId: string }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.operatorStats', { campaignId }), [session, campaignId]);
  const stats = useLoaded<Stats>(load, []);
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  if (stats.value.length === 0) return null;
  // Keyers at other desks are listed under their desk once any desk's package has been merged.
  const desks = stats.value.some((row) => row.desk !== null);
  return (
    <section aria-labelledby="operator-stats">
      <h2 id="operator-stats">{t('counting.stats')}</h2>
      <DataTable
        labels={[
          ...(desks ? [t('counting.stats.desk')] : []),
          t('counting.stats.user'),
          t('counting.stats.ballots'),
          t('counting.stats.perHour'),
          t('counting.stats.mismatches'),
        ]}
      >
        {stats.value.map((row) => (
          <tr key={`${row.userLogin}-${row.sessionId}`}>
            {desks ? <td>{row.desk ?? t('counting.stats.here')}</td> : null}
            <td>{row.userLogin}</td>
            <td>{row.ballots}</td>
            <td>{row.keystrokesPerHour === null ? '—' : number.format(row.keystrokesPerHour)}</td>
            <td>{row.mismatchesPerThousandFields === null ? '—' : number.format(row.mismatchesPerThousandFields)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
