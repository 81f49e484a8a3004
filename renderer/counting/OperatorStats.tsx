import { useCallback, useState } from 'react';
import { formatVietnameseDate, formatVietnameseDateTime } from '../../shared/campaigns/calendar';
import {
  keyerStatisticsGroupings,
  type KeyerStatistics,
  type KeyerStatisticsGrouping,
} from '../../shared/counting/countingSchemas';
import {
  errorColumns,
  groupingLabels,
  keyerStatisticsColumns,
  keyerStatisticsLabels,
  type KeyerStatisticsColumn,
} from '../../shared/counting/keyerStatisticsTable';
import { downloadBase64 } from '../files/fileTransfer';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * How well and how fast each keyer works, per session, per day or for the whole campaign: the
 * columns (shared with the export) and the two files, all by keyboard — arrow keys move the
 * grouping, Tab reaches the buttons.
 */
export function OperatorStats({ campaignId }: { campaignId: string }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const [groupBy, setGroupBy] = useState<KeyerStatisticsGrouping>('session');
  const load = useCallback(
    () => session.call('counting.operatorStats', { campaignId, groupBy }),
    [session, campaignId, groupBy],
  );
  const stats = useLoaded<KeyerStatistics[]>(load, []);
  const exporting = useSubmission();
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3 });
  const shown = (value: number | null) => (value === null ? '—' : number.format(value));
  if (stats.value.length === 0) return null;
  const columns = keyerStatisticsColumns(groupBy, stats.value);
  const errorHeader = `${t('counting.stats.errorCount')} (${t('counting.stats.perThousand')})`;
  const header = (column: KeyerStatisticsColumn) =>
    (errorColumns as readonly string[]).includes(column)
      ? `${t(keyerStatisticsLabels[column])}: ${errorHeader}`
      : t(keyerStatisticsLabels[column]);
  const cell = (row: KeyerStatistics, column: KeyerStatisticsColumn) => {
    switch (column) {
      case 'desk':
        return row.desk ?? t('counting.stats.here');
      case 'user':
        return row.userLogin;
      case 'session':
        // An audit's sample keying has no session recorded: it says what it was.
        return row.sessionId === null
          ? t('counting.stats.auditSample', { time: formatVietnameseDateTime(row.startedAt) })
          : formatVietnameseDateTime(row.startedAt);
      case 'day':
        return row.day === null ? '—' : formatVietnameseDate(row.day);
      case 'ballots':
        return number.format(row.ballots);
      case 'keystrokesPerHour':
        return shown(row.keystrokesPerHour);
      case 'fields':
        return number.format(row.fieldsCompared);
      default:
        return `${number.format(row.errors[column])} (${shown(row.errorsPerThousandFields[column])})`;
    }
  };
  const save = async (format: 'csv' | 'xlsx') => {
    const result = await exporting.submit(() =>
      session.call('counting.exportOperatorStats', { campaignId, groupBy, format }),
    );
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };
  return (
    <section aria-labelledby="operator-stats">
      <h2 id="operator-stats">{t('counting.stats')}</h2>
      <p className="note">{t('counting.stats.explain')}</p>
      <fieldset>
        <legend>{t('counting.stats.groupBy')}</legend>
        {keyerStatisticsGroupings.map((grouping) => (
          <label key={grouping} className="checkbox">
            <input
              type="radio"
              name="operator-stats-group"
              value={grouping}
              checked={groupBy === grouping}
              onChange={() => setGroupBy(grouping)}
            />
            {t(groupingLabels[grouping])}
          </label>
        ))}
      </fieldset>
      <DataTable labels={columns.map(header)} className="operator-stats-table">
        {stats.value.map((row) => (
          <tr key={`${row.desk ?? ''}-${row.userLogin}-${row.sessionId ?? row.day ?? ''}-${row.startedAt}`}>
            {columns.map((column) => (
              <td key={column} data-column={column}>
                {cell(row, column)}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <div className="form-actions export-buttons">
        <button type="button" className="secondary" disabled={exporting.pending} onClick={() => void save('csv')}>
          {t('results.exportCsv')}
          <span className="visually-hidden"> — {t('counting.stats')}</span>
        </button>
        <button type="button" className="secondary" disabled={exporting.pending} onClick={() => void save('xlsx')}>
          {t('results.exportXlsx')}
          <span className="visually-hidden"> — {t('counting.stats')}</span>
        </button>
        <ErrorNotice error={exporting.error} />
      </div>
    </section>
  );
}
