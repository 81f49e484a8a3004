import type { CallContext } from '../base/handlers';
import type { ContestTally } from '../../shared/results/resultSchemas';
import { randomInt } from 'node:crypto';
import type { tallyCalls } from '../../shared/contract/resultsCalls';
import { fail, Failure } from '../../shared/errors';
import { privacyOf } from '../../shared/results/privacyFloors';
import { foldForSearch } from '../../shared/text/vietnamese';
import { fileNamePart } from '../../shared/text/fileNames';
import { localIsoDay } from '../../shared/campaigns/calendar';
import { contestContext, getCampaign } from '../campaigns';
import { isCountingClosed } from '../counting';
import { type Handlers, signedInUser } from '../base/handlers';
import { campaignResults, closedContestIds } from './campaignResults';
import { tallyContest, textFloorOf } from './contestTally';
import { contestComments } from './contestComments';
import { contestSources } from './contestSources';
import { resultSheets } from './resultTables';
import { latestSeal, sealRecords } from './sealStore';
import { sealedVersion } from './sealedTally';
import { writeCsv, writeXlsx } from '../tabular/writeTable';
import type { ReadableDB, VaultStore } from '../vault';

/** Results exist once the counting of a contest is closed: before that the numbers may still move. */
function closedTally(db: ReadableDB, contestId: string): ContestTally | Failure<'RESULTS_NOT_READY'> {
  const tally = tallyContest(db, contestId);
  return isCountingClosed(db, contestId) ? tally : fail('RESULTS_NOT_READY');
}

/** A fresh random order on every call: the listing says nothing of the order ballots were keyed. */
function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

function comments(db: ReadableDB, contestId: string) {
  const tally = closedTally(db, contestId);
  if (tally instanceof Failure) return tally;
  const found = contestComments(db, contestId, tally);
  return { ...found, notes: shuffle(found.notes), other: shuffle(found.other) };
}

/** The same person in the same unit in every campaign, by name ignoring case and diacritics. */
function history(db: ReadableDB, contestId: string) {
  const tally = closedTally(db, contestId);
  if (tally instanceof Failure) return tally;
  const candidates = db
    .prepare(
      `SELECT k.id, s.full_name, u.name AS unit_name FROM contests k JOIN counting_closed x ON x.contest_id = k.id
       JOIN subjects s ON s.id = k.subject_id JOIN units u ON u.id = s.unit_id`,
    )
    .all() as Array<{ id: string; full_name: string; unit_name: string }>;
  const same = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);
  const rows = candidates
    .filter((row) => same(row.full_name, tally.subjectName) && same(row.unit_name, tally.unitName))
    .map((row) => tallyContest(db, row.id))
    // One row per campaign: a ward head assessed on two forms shows the form of this contest.
    .filter((other) => other.templateVersionId === tally.templateVersionId || other.scale === tally.scale)
    .map((other) => {
      const district = campaignResults(db, other.campaignId).contests.find((row) => row.contestId === other.contestId);
      return {
        campaignName: other.campaignName,
        year: other.year,
        contestId: other.contestId,
        // The same floor as every aggregate: a year under it shows no figures.
        goodOrBetter: district?.goodOrBetter ?? null,
        lowShare: district?.lowShare ?? null,
        prestigeLowShare: district?.prestigeLowShare ?? null,
        validBallots: other.ballots.valid,
      };
    })
    .sort((a, b) => a.year - b.year);
  return { rows };
}

const exportNames = {
  contests: 'theo-nguoi',
  criteria: 'theo-tieu-chi',
  prestige: 'uy-tin',
  byUnit: 'theo-don-vi',
  byUnitType: 'theo-loai-don-vi',
  ranking: 'xep-thu-tu',
  all: 'ket-qua',
} as const;

/** Who reads a tally before it is sealed: the head and the administrator, not the archivist. */
function readsUnsealed(call: CallContext): boolean {
  const { role } = signedInUser(call);
  return role === 'head' || role === 'admin';
}

export function createTallyHandlers(store: VaultStore): Handlers<typeof tallyCalls> {
  return {
    // The archivist keeps what was sealed; a result still open to change is the committee's.
    'results.tally': ({ contestId }, call) =>
      store.read((db) => {
        const tally = closedTally(db, contestId);
        if (tally instanceof Failure) return tally;
        const seal = latestSeal(db, contestId);
        if (!seal && !readsUnsealed(call)) return fail('NOT_SEALED');
        return {
          tally,
          privacy: privacyOf(tally, textFloorOf(db, contestId)),
          seal,
          sources: contestSources(db, contestId),
        };
      }),
    'results.versions': ({ contestId }) =>
      store.read((db) => {
        contestContext(db, contestId);
        const textFloor = textFloorOf(db, contestId);
        const versions = sealRecords(db, contestId).map((record) => {
          const { tally } = sealedVersion(db, record.id);
          return { record, tally, privacy: privacyOf(tally, textFloor) };
        });
        return { versions };
      }),
    'results.campaign': ({ campaignId }, call) =>
      store.read((db) => campaignResults(db, campaignId, { sealedOnly: !readsUnsealed(call) })),
    'results.history': ({ contestId }) => store.read((db) => history(db, contestId)),
    'results.comments': ({ contestId }) => store.read((db) => comments(db, contestId)),
    'results.export': async ({ campaignId, view, format }, call) => {
      const { sheets, campaign } = store.read((db) => ({
        campaign: getCampaign(db, campaignId),
        sheets: resultSheets(
          campaignResults(db, campaignId),
          closedContestIds(db, campaignId).map((contestId) => tallyContest(db, contestId)),
        ),
      }));
      const chosen = view === 'all' ? Object.values(sheets) : [sheets[view]];
      // The campaign, the table and the day it was saved, so files from several campaigns and days never mix.
      const fileName = `${fileNamePart(campaign.name, 'ket-qua')}-${exportNames[view]}-${localIsoDay(new Date())}.${format}`;
      // CSV holds one table: "all" as CSV gives the per-contest table, the one most asked for.
      const content = format === 'xlsx' ? await writeXlsx(chosen) : writeCsv(chosen[0]!);
      store.write(signedInUser(call), 'results.exported', { campaignId, view, format }, () => undefined);
      return { fileName, contentBase64: Buffer.from(content).toString('base64') };
    },
  };
}
