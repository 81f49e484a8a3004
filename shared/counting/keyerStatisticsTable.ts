import { formatVietnameseDate, formatVietnameseDateTime } from '../campaigns/calendar';
import { catalogues, say, type MessageKey } from '../i18n/messages';
import {
  keyerErrorSources,
  type KeyerErrorSource,
  type KeyerStatistics,
  type KeyerStatisticsGrouping,
} from './countingSchemas';

/**
 * The keyer statistics as a table: the columns the screen shows and the export writes, from one
 * list, so the file holds what was on the screen.
 */
export type KeyerStatisticsColumn =
  'desk' | 'user' | 'session' | 'day' | 'ballots' | 'keystrokesPerHour' | 'fields' | KeyerErrorSource | 'total';

export const keyerStatisticsLabels: Readonly<Record<KeyerStatisticsColumn, MessageKey>> = {
  desk: 'counting.stats.desk',
  user: 'counting.stats.user',
  session: 'counting.stats.session',
  day: 'counting.stats.day',
  ballots: 'counting.stats.ballots',
  keystrokesPerHour: 'counting.stats.perHour',
  fields: 'counting.stats.fields',
  resolutions: 'counting.stats.resolutions',
  returns: 'counting.stats.returns',
  audit: 'counting.stats.audit',
  total: 'counting.stats.total',
};

/** The columns holding errors: a count and its rate per 1,000 fields each. */
export const errorColumns = [...keyerErrorSources, 'total'] as const;

export const groupingLabels: Readonly<Record<KeyerStatisticsGrouping, MessageKey>> = {
  session: 'counting.stats.bySession',
  day: 'counting.stats.byDay',
  campaign: 'counting.stats.byCampaign',
};

/** The desk only once a desk's package has been merged; the session or the day as grouped. */
export function keyerStatisticsColumns(
  groupBy: KeyerStatisticsGrouping,
  rows: readonly KeyerStatistics[],
): KeyerStatisticsColumn[] {
  return [
    ...(rows.some((row) => row.desk !== null) ? (['desk'] as const) : []),
    'user',
    ...(groupBy === 'session' ? (['session'] as const) : groupBy === 'day' ? (['day'] as const) : []),
    'ballots',
    'keystrokesPerHour',
    'fields',
    ...errorColumns,
  ];
}

/** A label in Vietnamese: the export's headers are Vietnamese whatever the screen's language. */
const vi = (key: MessageKey) => catalogues.vi[key];

/**
 * The export: Vietnamese headers, one column per screen column except the errors, each a count
 * and a rate per 1,000 fields; numbers stay numbers for the spreadsheet.
 */
export function keyerStatisticsTable(groupBy: KeyerStatisticsGrouping, rows: readonly KeyerStatistics[]) {
  const columns = keyerStatisticsColumns(groupBy, rows);
  const headers = columns.flatMap((column) => {
    const label = vi(keyerStatisticsLabels[column]);
    return (errorColumns as readonly string[]).includes(column)
      ? [`${label} — ${vi('counting.stats.errorCount')}`, `${label} — ${vi('counting.stats.perThousand')}`]
      : [label];
  });
  const cells = (row: KeyerStatistics, column: KeyerStatisticsColumn): Array<string | number | null> => {
    switch (column) {
      case 'desk':
        return [row.desk ?? vi('counting.stats.here')];
      case 'user':
        return [row.userLogin];
      case 'session':
        // An audit's sample has no session recorded: it says what it was, and when.
        return [
          row.sessionId === null
            ? say('vi', 'counting.stats.auditSample', { time: formatVietnameseDateTime(row.startedAt) })
            : formatVietnameseDateTime(row.startedAt),
        ];
      case 'day':
        return [row.day === null ? null : formatVietnameseDate(row.day)];
      case 'ballots':
        return [row.ballots];
      case 'keystrokesPerHour':
        return [row.keystrokesPerHour];
      case 'fields':
        return [row.fieldsCompared];
      default:
        return [row.errors[column], row.errorsPerThousandFields[column]];
    }
  };
  return { headers, rows: rows.map((row) => columns.flatMap((column) => cells(row, column))) };
}
