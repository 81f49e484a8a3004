import type { NextStep, NextStepKind } from '../../shared/app/nextSteps';
import type { Campaign } from '../../shared/campaigns/campaignSchemas';
import type { DeskUnit } from '../../shared/counting/deskProgress';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { backupPlace } from '../backup';
import { listCampaigns, listContests, unitViews } from '../campaigns';
import { deskUnits, isCountingClosed } from '../counting';
import { latestSeal, sealState } from '../results';
import { userRecords, type ReadableDB } from '../vault';

/** Steps with nothing to do are left out; the rest keep the order of the work. */
class Steps {
  readonly list: NextStep[] = [];
  add(kind: NextStepKind, count: number, campaign: Campaign | null = null): void {
    if (count > 0)
      this.list.push({ kind, count, campaignId: campaign?.id ?? null, campaignName: campaign?.name ?? null });
  }
}

const countWhere = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

/** The desk's open work: for the head everything, for a counter the batches they can key. */
function deskSteps(steps: Steps, campaign: Campaign, units: readonly DeskUnit[], user: SessionUser): void {
  const contests = units.flatMap((unit) => unit.contests);
  const open = contests.filter((contest) => !contest.closed && !contest.sealed);
  const batches = open.flatMap((contest) => contest.batches);
  const isHead = user.role === 'head';
  if (isHead) {
    steps.add(
      'conferencesMissing',
      countWhere(units, (unit) => unit.conference === null),
      campaign,
    );
    steps.add(
      'countsMissing',
      countWhere(open, (contest) => contest.counts === null),
      campaign,
    );
  }
  steps.add(
    'batchesToKey',
    countWhere(
      batches,
      (batch) =>
        !batch.verified &&
        batch.unresolvedMismatches === 0 &&
        batch.keyings.length < batch.passesRequired &&
        !batch.keyings.some((keying) => keying.mine),
    ),
    campaign,
  );
  steps.add(
    'keyingsToFinish',
    countWhere(batches, (batch) => batch.keyings.some((keying) => keying.mine && !keying.finished)),
    campaign,
  );
  if (isHead) {
    steps.add(
      'differencesToSettle',
      countWhere(batches, (batch) => batch.unresolvedMismatches > 0),
      campaign,
    );
    steps.add(
      'readyToClose',
      countWhere(open, (contest) => contest.reconciled),
      campaign,
    );
  }
}

/** What the signed-in user has left to do, for the overview; each step links to where it is done. */
export function nextSteps(db: ReadableDB, user: SessionUser): NextStep[] {
  const steps = new Steps();
  const campaigns = listCampaigns(db);
  if (user.role === 'admin') {
    const users = userRecords.activeUsers(db);
    steps.add('noHead', users.some((candidate) => candidate.role === 'head') ? 0 : 1);
    const counters = countWhere(users, (candidate) => candidate.role === 'counter');
    const needed = Math.max(0, ...campaigns.map((campaign) => campaign.keyingsRequired));
    steps.add('tooFewCounters', counters < needed ? needed - counters : 0);
  }
  for (const campaign of campaigns) {
    if (campaign.status === 'draft' && user.role === 'admin') {
      const units = unitViews(db, campaign.id).length;
      steps.add('campaignWithoutUnits', units === 0 ? 1 : 0, campaign);
      steps.add('campaignWithoutContests', units > 0 && listContests(db, campaign.id).length === 0 ? 1 : 0, campaign);
    }
    if (
      (campaign.status === 'open' || campaign.status === 'counting') &&
      (user.role === 'head' || user.role === 'counter')
    )
      deskSteps(steps, campaign, deskUnits(db, campaign.id, user.id, sealState), user);
    if (campaign.status !== 'draft' && user.role === 'head') {
      const contests = listContests(db, campaign.id);
      const seals = contests.map((contest) => ({ contest, seal: latestSeal(db, contest.id) }));
      steps.add(
        'resultsToSeal',
        countWhere(seals, ({ contest, seal }) => seal === null && isCountingClosed(db, contest.id)),
        campaign,
      );
      steps.add(
        'resultsToSign',
        countWhere(seals, ({ seal }) => seal !== null && !seal.signed),
        campaign,
      );
    }
  }
  if (user.role === 'admin' || user.role === 'archivist')
    steps.add('backupFolderUnset', backupPlace(db).folder ? 0 : 1);
  return steps.list;
}
