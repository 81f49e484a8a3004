import type { campaignFileCalls } from '../../shared/contract/campaignsCalls';
import { signedInUser, type Handlers } from '../base/handlers';
import type { VaultStore } from '../vault';
import { campaignFileOf, importCampaignFile } from './campaignFile';
import { getCampaign } from './campaignStore';

/** "Đợt 2026" → "dot-2026": a file name anyone can type. */
function fileNameOf(year: number, campaignId: string): string {
  return `dot-lay-y-kien-${year}-${campaignId.slice(0, 8)}.json`;
}

export function createCampaignFileHandlers(store: VaultStore): Handlers<typeof campaignFileCalls> {
  return {
    'campaigns.exportSetup': ({ campaignId }, call) =>
      store.write(signedInUser(call), 'campaign.exported', { campaignId }, (db) => {
        const file = campaignFileOf(db, campaignId);
        return { fileName: fileNameOf(file.campaign.year, campaignId), file };
      }),
    'campaigns.importSetup': ({ file }, call) =>
      store.write(
        signedInUser(call),
        'campaign.imported',
        {
          campaignId: file.campaign.id,
          name: file.campaign.name,
          units: file.units.length,
          contests: file.contests.length,
        },
        (db) => {
          const imported = importCampaignFile(db, file, new Date().toISOString());
          return typeof imported === 'string' ? getCampaign(db, imported) : imported;
        },
      ),
  };
}
