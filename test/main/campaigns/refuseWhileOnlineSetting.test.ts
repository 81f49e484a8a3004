import { describe, expect, it } from 'vitest';
import { campaignFileSchema } from '../../../shared/campaigns/campaignFile';
import { coreWithVault } from '../../helpers/testCore';
import { campaignFields } from '../../helpers/testCampaign';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('a campaign’s refusal to key and seal while the machine is online', () => {
  const temp = useTempDirectories();

  it('is asked for unless the campaign says otherwise, changes with its setup, and travels with its file and its copy', async () => {
    const { core, admin } = await coreWithVault(temp());
    const { refuseWhileOnline: _default, ...unsaid } = await campaignFields(admin);
    const asked = await admin.ok('campaigns.create', unsaid);
    expect(asked.refuseWhileOnline).toBe(true);
    expect(await admin.code('campaigns.update', { campaignId: asked.id, ...unsaid, refuseWhileOnline: 'no' })).toBe(
      'INVALID_INPUT',
    );
    const changed = await admin.ok('campaigns.update', { campaignId: asked.id, ...unsaid, refuseWhileOnline: false });
    expect(changed.refuseWhileOnline).toBe(false);

    const { file } = await admin.ok('campaigns.exportSetup', { campaignId: asked.id });
    expect(file.campaign.refuseWhileOnline).toBe(false);
    const copy = await admin.ok('campaigns.copyToNextYear', {
      campaignId: asked.id,
      name: 'Lấy ý kiến năm 2024',
      planNumber: '201-KH/QU',
      planDate: '2024-01-20',
    });
    expect(copy.refuseWhileOnline).toBe(false);
    core.shutdown();

    const target = await coreWithVault(temp());
    expect((await target.admin.ok('campaigns.importSetup', { file })).refuseWhileOnline).toBe(false);
    target.core.shutdown();

    // A file written before the setting existed asks for it, as a new campaign does.
    const { refuseWhileOnline: _setting, ...older } = file.campaign;
    expect(campaignFileSchema.parse({ ...file, campaign: older }).campaign.refuseWhileOnline).toBe(true);
  });
});
