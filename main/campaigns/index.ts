export { createCampaignsHandlers } from './campaignsHandlers';
export { lockedCampaign } from './campaignGuards';
export { getCampaign, insertCampaign, listCampaigns, setCampaignStatus } from './campaignStore';
export { type ContestContext, contestContext, listContests, replaceContests } from './contestStore';
export { type HeldDraw, getDraw, insertDraw } from './drawStore';
export { insertUnits, listUnits, unitHeading } from './unitStore';
export { listUnitTypes } from './unitTypeStore';
export { exclusionReason, unitViews } from './unitViews';
export { campaignFileOf, importFrozenCampaign } from './campaignFile';
