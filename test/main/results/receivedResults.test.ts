import { describe, expect, it } from 'vitest';
import { digestGroups } from '../../../shared/results/digestGroups';
import { coreWithVault, type TestClient } from '../../helpers/testCore';
import { signedContest } from '../../helpers/testBackup';
import { signingPassphrase } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

const temp = useTempDirectories();

/** Inspects, then types the two hidden groups as read from the minutes. */
async function receive(district: TestClient, contentBase64: string, digest: string) {
  const { hidden } = await district.ok('results.inspectPackage', { contentBase64 });
  const groups = digestGroups(digest);
  return district.ok('results.acceptPackage', {
    contentBase64,
    hidden,
    typed: hidden.map((position) => groups[position]!),
  });
}

describe('the district sees what it received', () => {
  it('a unit’s sealed result shows up in the district’s results and summary; an amendment replaces it visibly', async () => {
    const unit = await signedContest(temp());
    const district = await coreWithVault(temp());
    try {
      const { head, school, sealed, identity } = unit;
      const { admin } = district;
      await admin.ok('results.trustSigner', {
        name: 'Trần Văn Bình — THCS Ngọc Lâm',
        fingerprint: identity.fingerprint,
      });
      expect(await admin.ok('results.receivedCampaigns', {})).toEqual([]);

      const first = await head.ok('results.exportPackage', { sealId: sealed.id });
      await receive(admin, first.contentBase64, sealed.digest);
      const [campaign, ...others] = await admin.ok('results.receivedCampaigns', {});
      expect(others).toEqual([]);
      expect(campaign).toMatchObject({ campaignId: unit.campaign.id, contests: 1, units: 1 });
      const received = await admin.ok('results.receivedCampaign', { campaignId: unit.campaign.id });
      expect(received.results.contests).toHaveLength(1);
      expect(received.results.contests[0]).toMatchObject({
        contestId: school.id,
        unitName: 'THCS Ngọc Lâm',
        validBallots: 20,
        sealed: true,
        digest: sealed.digest,
      });
      // The same figures as the unit's own aggregates of its sealed contest.
      const own = await head.ok('results.campaign', { campaignId: unit.campaign.id });
      expect(received.results.district).toMatchObject({ ...own.district, key: 'district', label: expect.any(String) });
      expect(received.results.ranking).toEqual(own.ranking);
      expect(received.sources).toEqual([
        expect.objectContaining({ sequence: 1, digest: sealed.digest, signer: 'Trần Văn Bình', replaced: [] }),
      ]);

      // The district's summary over what it received, headed by the district's own body.
      const { html } = await admin.ok('print.preview', {
        document: { kind: 'receivedSummary', campaignId: unit.campaign.id },
      });
      expect(html).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ');
      expect(html).toContain('THCS Ngọc Lâm');
      expect(html).toContain('QUẬN ỦY LONG BIÊN');

      // An amendment, signed and received: it is the result now, and the seal it replaces is listed.
      const amended = await head.ok('results.amend', {
        contestId: school.id,
        reason: 'Ghi nhầm số niêm phong phong bì',
        envelopeSeal: 'NP-0013',
      });
      await head.ok('results.sign', { sealId: amended.id, passphrase: signingPassphrase });
      const second = await head.ok('results.exportPackage', { sealId: amended.id });
      await receive(admin, second.contentBase64, amended.digest);
      const after = await admin.ok('results.receivedCampaign', { campaignId: unit.campaign.id });
      expect(after.results.contests).toHaveLength(1);
      expect(after.sources[0]).toMatchObject({
        sequence: 2,
        digest: amended.digest,
        replaced: [{ sequence: 1, digest: sealed.digest }],
      });

      // Withdrawn, the amendment no longer counts: the seal is the result again.
      const packages = (await admin.ok('results.listReceivedPackages', {})).packages;
      const newest = packages.find((entry) => entry.digest === amended.digest)!;
      await admin.ok('results.withdrawPackage', { receivedId: newest.id, reason: 'Nhận nhầm bản sửa đổi' });
      expect((await admin.ok('results.receivedCampaign', { campaignId: unit.campaign.id })).sources[0]).toMatchObject({
        sequence: 1,
        replaced: [],
      });
      expect(await admin.code('results.receivedCampaign', { campaignId: school.id })).toBe('NOT_FOUND');
    } finally {
      unit.core.shutdown();
      district.core.shutdown();
    }
  });

  it('shows the same person in the same unit in the other campaigns received, year over year', async () => {
    const district = await coreWithVault(temp());
    const units = [await signedContest(temp()), await signedContest(temp())];
    try {
      for (const unit of units) {
        await district.admin.ok('results.trustSigner', {
          name: 'Trần Văn Bình',
          fingerprint: unit.identity.fingerprint,
        });
        const { contentBase64 } = await unit.head.ok('results.exportPackage', { sealId: unit.sealed.id });
        await receive(district.admin, contentBase64, unit.sealed.digest);
      }
      expect(await district.admin.ok('results.receivedCampaigns', {})).toHaveLength(2);
      const [first, second] = units;
      const { sources } = await district.admin.ok('results.receivedCampaign', { campaignId: first!.campaign.id });
      const own = (await second!.head.ok('results.campaign', { campaignId: second!.campaign.id })).contests[0]!;
      expect(sources[0]!.otherYears).toEqual([
        {
          year: 2023,
          campaignName: (await second!.head.ok('campaigns.get', { campaignId: second!.campaign.id })).name,
          goodOrBetter: own.goodOrBetter,
          prestigeLowShare: own.prestigeLowShare,
        },
      ]);
    } finally {
      for (const unit of units) unit.core.shutdown();
      district.core.shutdown();
    }
  });
});
