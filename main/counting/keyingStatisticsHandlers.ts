import { localIsoDay } from '../../shared/campaigns/calendar';
import type { keyingStatisticsCalls } from '../../shared/contract/countingCalls';
import { keyerStatisticsTable } from '../../shared/counting/keyerStatisticsTable';
import { fileNamePart } from '../../shared/text/fileNames';
import { type Handlers, signedInUser } from '../base/handlers';
import { getCampaign } from '../campaigns';
import { writeCsv, writeXlsx } from '../tabular/writeTable';
import type { VaultStore } from '../vault';
import { operatorStats, type MergedKeyingsOf } from './keyingStatistics';

export type { MergedKeyingsOf } from './keyingStatistics';

/** The part of an export's file name that says how it is grouped. */
const groupingNames = { session: 'theo-phien', day: 'theo-ngay', campaign: 'ca-dot' } as const;

export function createKeyingStatisticsHandlers(
  store: VaultStore,
  mergedKeyingsOf?: MergedKeyingsOf,
): Handlers<typeof keyingStatisticsCalls> {
  return {
    'counting.operatorStats': ({ campaignId, groupBy }) =>
      store.read((db) => operatorStats(db, campaignId, groupBy, mergedKeyingsOf)),
    // The table the screen shows, grouped the same way; who exported it and how is audited.
    'counting.exportOperatorStats': async ({ campaignId, groupBy, format }, call) => {
      const { campaign, rows } = store.read((db) => ({
        campaign: getCampaign(db, campaignId),
        rows: operatorStats(db, campaignId, groupBy, mergedKeyingsOf),
      }));
      const table = keyerStatisticsTable(groupBy, rows);
      const content =
        format === 'xlsx' ? await writeXlsx([{ name: 'Thống kê người nhập', ...table }]) : writeCsv(table);
      const fileName = `${fileNamePart(campaign.name, 'dot')}-thong-ke-nguoi-nhap-${groupingNames[groupBy]}-${localIsoDay(new Date())}.${format}`;
      store.write(
        signedInUser(call),
        'keyerStatistics.exported',
        { campaignId, groupBy, format, rows: rows.length },
        () => undefined,
      );
      return { fileName, contentBase64: Buffer.from(content).toString('base64') };
    },
  };
}
