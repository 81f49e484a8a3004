import { describe, expect, it } from 'vitest';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { campaignFields } from '../../helpers/testCampaign';
import { thcsVoteRound } from '../../helpers/testRatings';

describe('remediation: which campaigns are feedback on unit heads', () => {
  const temp = useTempDirectories();

  it('lists the feedback campaigns newest first and leaves a rating vote’s campaign out', async () => {
    const { core, admin, head, voteInput } = await thcsVoteRound(temp());
    const vote = await admin.ok('ratings.prepareVote', voteInput);
    const older = await admin.ok('campaigns.create', await campaignFields(admin, { year: 2023 }));
    const newer = await admin.ok('campaigns.create', await campaignFields(admin, { year: 2024, name: 'Năm 2024' }));
    expect((await admin.ok('campaigns.list', {})).map((campaign) => campaign.id)).toContain(vote.campaignId);

    expect(await head.ok('remediation.campaigns', {})).toEqual([
      { id: newer.id, name: 'Năm 2024', year: 2024 },
      { id: older.id, name: older.name, year: 2023 },
    ]);
    expect(await head.call('remediation.people', { campaignId: vote.campaignId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    core.shutdown();
  });
});
