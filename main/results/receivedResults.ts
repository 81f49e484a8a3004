import { X509Certificate } from 'node:crypto';
import { fail, Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { aggregateCampaign } from '../../shared/results/campaignAggregates';
import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import type { ReceivedCampaign, ReceivedSource } from '../../shared/results/receivedResults';
import { resultPackageSchema } from '../../shared/results/resultPackage';
import type { ContestTally } from '../../shared/results/resultSchemas';
import { signerNameOf } from '../signing';
import type { ReadableDB } from '../vault';
import { acceptedPackages } from './receivedPackageStore';
import { foldForSearch } from '../../shared/text/vietnamese';

interface Received {
  readonly tally: ContestTally;
  readonly source: Omit<ReceivedSource, 'otherYears'>;
}

/**
 * The results a district accepted, one per contest: the newest version not withdrawn (an
 * amendment replaces its seal visibly: the versions it replaces stay listed beside it). Each is
 * read from the package as it was accepted (checked then, kept verbatim).
 */
function receivedResults(db: ReadableDB): Received[] {
  const rows = acceptedPackages(db);
  const byContest = new Map<string, typeof rows>();
  for (const row of rows) byContest.set(row.contest_id, [...(byContest.get(row.contest_id) ?? []), row]);
  return [...byContest.values()].map(([newest, ...earlier]) => {
    const carried = resultPackageSchema.parse(JSON.parse(newest!.package));
    const { tally } = canonicalResultSchema.parse(JSON.parse(carried.result));
    return {
      tally,
      source: {
        contestId: tally.contestId,
        unitName: tally.unitName,
        subjectName: tally.subjectName,
        sequence: newest!.sequence,
        digest: newest!.digest,
        signer: signerNameOf(new X509Certificate(carried.certificate)),
        fingerprint: newest!.signer_fingerprint,
        acceptedAt: newest!.accepted_at,
        replaced: earlier.map((row) => ({ sequence: row.sequence, digest: row.digest })),
      },
    };
  });
}

/** The campaigns the district knows from what it received, newest year first. */
export function receivedCampaigns(db: ReadableDB) {
  const campaigns = new Map<string, { campaignName: string; year: number; contests: number; units: Set<string> }>();
  for (const { tally } of receivedResults(db)) {
    const entry = campaigns.get(tally.campaignId) ?? {
      campaignName: tally.campaignName,
      year: tally.year,
      contests: 0,
      units: new Set<string>(),
    };
    entry.contests += 1;
    entry.units.add(tally.unitId);
    campaigns.set(tally.campaignId, entry);
  }
  return [...campaigns]
    .map(([campaignId, entry]) => ({
      campaignId,
      campaignName: entry.campaignName,
      year: entry.year,
      contests: entry.contests,
      units: entry.units.size,
    }))
    .sort((a, b) => b.year - a.year || a.campaignName.localeCompare(b.campaignName, 'vi'));
}

/** One contest's row as every aggregate shows it (the same floors apply). */
function figuresOf({ tally, source }: Received) {
  const [row] = aggregateCampaign({ id: tally.campaignId, name: tally.campaignName, locality: '' }, [
    { tally, digest: source.digest },
  ]).contests;
  return { goodOrBetter: row!.goodOrBetter, prestigeLowShare: row!.prestigeLowShare };
}

/** The same person in the same unit (names compared without case or marks) on the same scale, in the other campaigns received. */
function otherYears(all: readonly Received[], of: Received): ReceivedSource['otherYears'] {
  const same = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);
  return all
    .filter(
      ({ tally }) =>
        tally.campaignId !== of.tally.campaignId &&
        tally.scale === of.tally.scale &&
        same(tally.subjectName, of.tally.subjectName) &&
        same(tally.unitName, of.tally.unitName),
    )
    .map((other) => ({ year: other.tally.year, campaignName: other.tally.campaignName, ...figuresOf(other) }))
    .sort((a, b) => a.year - b.year);
}

/** A received campaign's aggregates over the results received, with where each came from, and its year. */
export function receivedCampaignWithYear(
  db: ReadableDB,
  campaignId: string,
): { campaign: ReceivedCampaign; year: number } | Failure<'NOT_FOUND'> {
  const all = receivedResults(db);
  const received = all.filter(({ tally }) => tally.campaignId === campaignId);
  if (received.length === 0) return fail('NOT_FOUND', { what: message('core.receivedCampaign') });
  // In the order units and people read in Vietnamese.
  received.sort(
    (a, b) =>
      a.tally.unitName.localeCompare(b.tally.unitName, 'vi') ||
      a.tally.subjectName.localeCompare(b.tally.subjectName, 'vi'),
  );
  const { campaignName, year } = received[0]!.tally;
  return {
    campaign: {
      results: aggregateCampaign(
        { id: campaignId, name: campaignName, locality: '' },
        received.map(({ tally, source }) => ({ tally, digest: source.digest })),
      ),
      sources: received.map((entry) => ({ ...entry.source, otherYears: otherYears(all, entry) })),
    },
    year,
  };
}

export function receivedCampaign(db: ReadableDB, campaignId: string): ReceivedCampaign | Failure<'NOT_FOUND'> {
  const found = receivedCampaignWithYear(db, campaignId);
  return found instanceof Failure ? found : found.campaign;
}
