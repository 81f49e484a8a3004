export { createCampaignsHandlers } from './campaignsHandlers';
