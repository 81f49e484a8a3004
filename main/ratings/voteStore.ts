import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import type { RatingVote } from '../../shared/ratings/ratingSchemas';
import { isCountingClosed } from '../counting';
import { tallyContest } from '../results';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of a round's secret-ballot votes and the subjects each one's rows stand for. */

interface VoteRow {
  id: string;
  round_id: string;
  organisation_id: string;
  organisation_name: string;
  campaign_id: string;
  campaign_name: string;
  contest_id: string;
  unit_id: string;
  poll_date: string;
}

const voteSelect = `SELECT v.id, v.round_id, v.organisation_id, s.name AS organisation_name, v.campaign_id,
  c.name AS campaign_name, v.contest_id, u.id AS unit_id, v.poll_date
  FROM rating_votes v JOIN rating_subjects s ON s.id = v.organisation_id JOIN campaigns c ON c.id = v.campaign_id
  JOIN contests k ON k.id = v.contest_id JOIN subjects p ON p.id = k.subject_id JOIN units u ON u.id = p.unit_id`;

/** A vote as stored, before its tally: what the vote's rows stand for. */
export type StoredVote = Omit<RatingVote, 'counted' | 'ballots' | 'rows'>;

function storedVote(db: ReadableDB, row: VoteRow): StoredVote {
  const subjects = db
    .prepare(
      `SELECT x.subject_id AS subjectId, e.name FROM rating_vote_subjects x
       JOIN rating_entries e ON e.round_id = x.round_id AND e.subject_id = x.subject_id
       WHERE x.vote_id = ? ORDER BY x.row_index`,
    )
    .all(row.id) as { subjectId: string; name: string }[];
  return {
    id: row.id,
    roundId: row.round_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    contestId: row.contest_id,
    unitId: row.unit_id,
    pollDate: row.poll_date,
    subjects,
  };
}

export function listStoredVotes(db: ReadableDB, roundId: string): StoredVote[] {
  return (db.prepare(`${voteSelect} WHERE v.round_id = ? ORDER BY v.created_at`).all(roundId) as VoteRow[]).map((row) =>
    storedVote(db, row),
  );
}

export function getStoredVote(db: ReadableDB, voteId: string): StoredVote {
  const row = db.prepare(`${voteSelect} WHERE v.id = ?`).get(voteId) as VoteRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.ratings.vote') });
  return storedVote(db, row);
}

/** The subjects of the round already voted on in one of its votes. */
export function votedSubjects(db: ReadableDB, roundId: string): Set<string> {
  return new Set(
    db.prepare('SELECT subject_id FROM rating_vote_subjects WHERE round_id = ?').pluck().all(roundId) as string[],
  );
}

export function insertVote(
  db: WritableDB,
  vote: {
    roundId: string;
    organisationId: string;
    campaignId: string;
    contestId: string;
    pollDate: string;
    subjectIds: readonly string[];
  },
  now: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO rating_votes (id, round_id, organisation_id, campaign_id, contest_id, poll_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, vote.roundId, vote.organisationId, vote.campaignId, vote.contestId, vote.pollDate, now);
  const insert = db.prepare(
    'INSERT INTO rating_vote_subjects (vote_id, round_id, subject_id, row_index) VALUES (?, ?, ?, ?)',
  );
  vote.subjectIds.forEach((subjectId, index) => insert.run(id, vote.roundId, subjectId, index));
  return id;
}

/** The unit type a vote's unit is: "Chi bộ" (migration 014), or a district's own type of that name. */
export function cellUnitType(db: ReadableDB): string {
  const code = db
    .prepare("SELECT code FROM unit_types WHERE code = 'chi_bo' OR name = 'Chi bộ' ORDER BY code = 'chi_bo' DESC")
    .pluck()
    .get() as string | undefined;
  if (!code) throw new AppError('NOT_FOUND', { what: message('core.ratings.cellUnitType') });
  return code;
}

/**
 * A vote with its tally once its counting is closed: for each subject, the ballots per level,
 * recounted from the verified ballots (results/ tallies every contest the same way).
 */
export function voteWithTally(db: ReadableDB, vote: StoredVote): RatingVote {
  if (!isCountingClosed(db, vote.contestId)) return { ...vote, counted: false, ballots: null, rows: null };
  const tally = tallyContest(db, vote.contestId);
  return {
    ...vote,
    counted: true,
    ballots: { ...tally.ballots },
    rows: vote.subjects.map((subject, index) => {
      const row = tally.criteria[index]!;
      return { ...subject, levels: [...row.levels], blank: row.blank, multi: row.multi };
    }),
  };
}

export function getVote(db: ReadableDB, voteId: string): RatingVote {
  return voteWithTally(db, getStoredVote(db, voteId));
}

/** The campaigns made for a rating vote: counted at the desk, but not feedback on unit heads. */
export function voteCampaignIds(db: ReadableDB): Set<string> {
  return new Set(db.prepare('SELECT campaign_id FROM rating_votes').pluck().all() as string[]);
}
