import type { campaignsCalls } from '../../shared/contract/campaignsCalls';
import type { Handlers } from '../base/handlers';
import type { VaultStore } from '../vault';
import { createCampaignFileHandlers } from './campaignFileHandlers';
import { createCampaignSetupHandlers } from './campaignSetupHandlers';
import { createContestHandlers } from './contestHandlers';
import { createUnitHandlers } from './unitHandlers';

export function createCampaignsHandlers(store: VaultStore): Handlers<typeof campaignsCalls> {
  return {
    ...createCampaignSetupHandlers(store),
    ...createCampaignFileHandlers(store),
    ...createUnitHandlers(store),
    ...createContestHandlers(store),
  };
}
