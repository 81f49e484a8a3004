import { describe, expect, it } from 'vitest';
import type { NextStep } from '../../../shared/app/nextSteps';
import { coreWithVault } from '../../helpers/testCore';
import { closedContest, keyBatch } from '../../helpers/testCounting';
import { campaignFields } from '../../helpers/testCampaign';
import { useTempDirectories } from '../../helpers/tempDirectory';

const temp = useTempDirectories();

/** Steps as "kind: count" lines, the campaign left out: what the overview lists, in order. */
const lines = (steps: NextStep[]) => steps.map((step) => `${step.kind}: ${step.count}`);

describe('the next steps of the overview', () => {
  it('tells a new administrator to add the committee, fill the campaign and choose a backup folder', async () => {
    const { core, admin } = await coreWithVault(temp());
    const campaign = await admin.ok('campaigns.create', await campaignFields(admin, { keyingsRequired: 2 }));
    const steps = await admin.ok('app.nextSteps', {});
    expect(lines(steps)).toEqual(['noHead: 1', 'tooFewCounters: 2', 'campaignWithoutUnits: 1', 'backupFolderUnset: 1']);
    expect(steps[2]).toMatchObject({ campaignId: campaign.id, campaignName: campaign.name });
    core.shutdown();
  });

  it('gives the head the desk’s open work and the results to seal, and a counter only the batches to key', async () => {
    const { core, head, counter1, counter2, school, contests } = await closedContest(temp());
    const other = contests.find((contest) => contest.unitName === 'THCS Phúc Đồng')!;
    await head.ok('counting.saveConference', {
      unitId: other.unitId,
      conference: { heldOn: '2023-05-17', place: 'Phòng họp', chair: 'A', committee: [], convened: 10, present: 8 },
    });
    const batch = await counter1.ok('counting.createBatch', { contestId: other.id, label: 'Phong bì 1' });
    const units = new Set(contests.map((contest) => contest.unitId)).size;

    const headSteps = lines(await head.ok('app.nextSteps', {}));
    expect(headSteps).toEqual([
      `conferencesMissing: ${units - 2}`,
      `countsMissing: ${contests.length - 1}`,
      'batchesToKey: 1',
      'resultsToSeal: 1',
    ]);
    expect(lines(await counter1.ok('app.nextSteps', {}))).toEqual(['batchesToKey: 1']);

    // A keying started and not finished is the keyer's own step; the batch is no longer "to key" for them.
    const keying = await counter1.ok('counting.startKeying', { batchId: batch.id });
    expect(lines(await counter1.ok('app.nextSteps', {}))).toEqual(['keyingsToFinish: 1']);
    await counter1.ok('counting.finishKeying', { keyingId: keying.keyingId });
    await keyBatch(counter2, batch.id, []);
    expect(await counter2.ok('app.nextSteps', {})).toEqual([]);

    await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0001' });
    expect(lines(await head.ok('app.nextSteps', {}))).toContain('resultsToSign: 1');
    expect(lines(await head.ok('app.nextSteps', {}))).not.toContain('resultsToSeal: 1');
    core.shutdown();
  });
});
