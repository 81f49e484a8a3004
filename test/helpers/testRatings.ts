import type { CallInput } from '../../shared/contract';
import type { BallotEntry } from '../../shared/counting/ballot';
import type { RatingLevelId } from '../../shared/ratings/ratingLevels';
import type { RatingEntry } from '../../shared/ratings/ratingSchemas';
import { decisionsOf, roundName, rosterUpload, voteConference, voteCounts } from '../fixtures/ratings/ratingsData';
import { keyBatch } from './testCounting';
import { coreWithVault, signedInUser, type TestClient } from './testCore';

/** A core over a fresh vault with the sample roster imported, the administrator signed in. */
export async function ratingsVault(dataDirectory: string) {
  const { core, admin } = await coreWithVault(dataDirectory);
  await admin.ok('ratings.importRoster', { file: rosterUpload() });
  return { core, admin };
}

/** Opens the year's round (its optional rules as given, else the default): the round, its entries, one by name. */
export async function openRound(admin: TestClient, year = 2025, rules?: { XL05: boolean }) {
  const round = await admin.ok('ratings.createRound', { year, name: roundName(year), ...(rules ? { rules } : {}) });
  const { entries } = await admin.ok('ratings.round', { roundId: round.id });
  const find = (name: string): RatingEntry => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`no subject ${name}`);
    return entry;
  };
  return { round, entries, find };
}

/** Decides the levels named (decision 15-QĐ/ĐU of 20/12/2025), in the round's order. */
export async function decideLevels(
  admin: TestClient,
  roundId: string,
  entries: readonly RatingEntry[],
  levels: Readonly<Record<string, RatingLevelId>>,
) {
  for (const input of decisionsOf(roundId, entries, levels)) await admin.ok('ratings.decide', input);
}

/**
 * The 2025 round of the sample roster with what the THCS cell's vote needs: the cell, its
 * collective and members to vote on, the ratings.prepareVote input of a vote on all of them
 * (15/12/2025, four convened), and a head and two counters signed in to count it.
 */
export async function thcsVoteRound(dataDirectory: string) {
  const { core, admin } = await ratingsVault(dataDirectory);
  const { round, entries, find } = await openRound(admin, 2025);
  const cell = find('Chi bộ Trường THCS Đa Tốn');
  const voted = entries.filter((entry) => entry.organisationId === cell.subjectId && entry.kind !== 'partyCell');
  const voteInput = {
    roundId: round.id,
    organisationId: cell.subjectId,
    subjectIds: voted.map((entry) => entry.subjectId),
    pollDate: '2025-12-15',
    convened: 4,
  };
  const head = await signedInUser(core, admin, { login: 'truongban', fullName: 'Trần Văn Bình', role: 'head' });
  const counter1 = await signedInUser(core, admin, { login: 'kiemphieu1', fullName: 'Lê Văn Một', role: 'counter' });
  const counter2 = await signedInUser(core, admin, { login: 'kiemphieu2', fullName: 'Lê Văn Hai', role: 'counter' });
  return { core, admin, head, counter1, counter2, round, entries, cell, voted, voteInput };
}

/** A rating ballot: one mark per row, 1 = Hoàn thành xuất sắc … 4 = Không hoàn thành; '*' several. */
const ratingBallot = (marks: string): BallotEntry => ({
  valid: true,
  answers: [...marks].map((mark) => (mark === '*' ? '*' : Number(mark))) as Extract<
    BallotEntry,
    { valid: true }
  >['answers'],
  notes: {},
  other: '',
  prestige: 0,
});

/**
 * Counts a vote at the counting desk: the head records the meeting and the ballots (all valid),
 * both counters key the same ballots into one batch (so no differences), the head closes.
 */
export async function countVote(
  { head, counter1, counter2 }: { head: TestClient; counter1: TestClient; counter2: TestClient },
  vote: { unitId: string; contestId: string },
  ballotMarks: readonly string[],
  conference: CallInput<'counting.saveConference'>['conference'] = voteConference,
) {
  await head.ok('counting.saveConference', { unitId: vote.unitId, conference });
  await head.ok('counting.saveCounts', { contestId: vote.contestId, counts: voteCounts(ballotMarks.length) });
  const ballots = ballotMarks.map(ratingBallot);
  const batch = await counter1.ok('counting.createBatch', { contestId: vote.contestId, label: 'Hộp phiếu 1' });
  await keyBatch(counter1, batch.id, ballots);
  await keyBatch(counter2, batch.id, ballots);
  await head.ok('counting.close', { contestId: vote.contestId });
}
