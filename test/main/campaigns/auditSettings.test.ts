import { describe, expect, it } from 'vitest';
import { campaignFileSchema } from '../../../shared/campaigns/campaignFile';
import { coreWithVault } from '../../helpers/testCore';
import { campaignFields } from '../../helpers/testCampaign';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('a campaign’s keying-quality audit settings', () => {
  const temp = useTempDirectories();

  it('are kept, changed, refused out of bounds, and travel with its file and its copy to the next year', async () => {
    const { core, admin } = await coreWithVault(temp());
    const fields = await campaignFields(admin, { auditSampleSize: 5, auditWarningPerThousand: 1.25 });
    const campaign = await admin.ok('campaigns.create', fields);
    expect(campaign).toMatchObject({ auditSampleSize: 5, auditWarningPerThousand: 1.25 });

    for (const bad of [{ auditSampleSize: -1 }, { auditSampleSize: 2.5 }, { auditWarningPerThousand: 0.001 }])
      expect(await admin.code('campaigns.update', { campaignId: campaign.id, ...fields, ...bad })).toBe(
        'INVALID_INPUT',
      );
    const changed = await admin.ok('campaigns.update', {
      campaignId: campaign.id,
      ...fields,
      auditSampleSize: 8,
      auditWarningPerThousand: 2,
    });
    expect(changed).toMatchObject({ auditSampleSize: 8, auditWarningPerThousand: 2 });

    const { file } = await admin.ok('campaigns.exportSetup', { campaignId: campaign.id });
    expect(file.campaign).toMatchObject({ auditSampleSize: 8, auditWarningPerThousand: 2 });
    const copy = await admin.ok('campaigns.copyToNextYear', {
      campaignId: campaign.id,
      name: 'Lấy ý kiến năm 2024',
      planNumber: '201-KH/QU',
      planDate: '2024-01-20',
    });
    expect(copy).toMatchObject({ auditSampleSize: 8, auditWarningPerThousand: 2 });
    core.shutdown();

    const target = await coreWithVault(temp());
    expect(await target.admin.ok('campaigns.importSetup', { file })).toMatchObject({
      auditSampleSize: 8,
      auditWarningPerThousand: 2,
    });
    target.core.shutdown();

    // A file written before the audit existed reads as no audit, warning above 1.0.
    const { auditSampleSize: _size, auditWarningPerThousand: _bound, ...older } = file.campaign;
    expect(campaignFileSchema.parse({ ...file, campaign: older }).campaign).toMatchObject({
      auditSampleSize: 0,
      auditWarningPerThousand: 1,
    });
  });
});
