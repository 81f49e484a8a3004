import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { organisationKinds, type RatedSubjectKind, type RatingLevelId } from '../../shared/ratings/ratingLevels';
import { defaultRatingRuleSettings, type RatingRuleSettings } from '../../shared/ratings/ratingRules';
import type { RatingEntry, RatingRound } from '../../shared/ratings/ratingSchemas';
import type { ReadableDB, WritableDB } from '../vault';
import { listRoster } from './rosterStore';

/** The SQL of rating rounds and their entries (one per subject, copied from the roster). */

interface RoundRow {
  id: string;
  year: number;
  name: string;
  rules: string;
  created_at: string;
  subjects: number;
  decided: number;
}

const roundSelect = `SELECT r.*, (SELECT count(*) FROM rating_entries e WHERE e.round_id = r.id) AS subjects,
  (SELECT count(*) FROM rating_entries e WHERE e.round_id = r.id AND e.decided_level IS NOT NULL) AS decided
  FROM rating_rounds r`;

function roundView(row: RoundRow): RatingRound {
  return {
    id: row.id,
    year: row.year,
    name: row.name,
    createdAt: row.created_at,
    rules: { ...defaultRatingRuleSettings, ...(JSON.parse(row.rules) as Partial<RatingRuleSettings>) },
    subjects: row.subjects,
    decided: row.decided,
  };
}

export function listRounds(db: ReadableDB): RatingRound[] {
  return (db.prepare(`${roundSelect} ORDER BY r.year DESC`).all() as RoundRow[]).map(roundView);
}

export function getRound(db: ReadableDB, roundId: string): RatingRound {
  const row = db.prepare(`${roundSelect} WHERE r.id = ?`).get(roundId) as RoundRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.ratings.round') });
  return roundView(row);
}

export function roundOfYear(db: ReadableDB, year: number): RatingRound | null {
  const row = db.prepare(`${roundSelect} WHERE r.year = ?`).get(year) as RoundRow | undefined;
  return row ? roundView(row) : null;
}

interface NewEntry {
  subjectId: string;
  kind: RatedSubjectKind;
  name: string;
  organisationId: string | null;
  organisationName: string | null;
  headOf: string | null;
  unitName: string;
  position: string;
}

/**
 * The roster as a round's subjects, in the order seed 003 gives the meetings: "tập thể trước,
 * cá nhân sau; cán bộ lãnh đạo, quản lý trước, đảng viên sau" — each organisation (parents
 * before the organisations under them), then its collective, its head, its members.
 */
function entriesFromRoster(db: ReadableDB): NewEntry[] {
  const roster = listRoster(db);
  const byParent = new Map<string | null, typeof roster>();
  const known = new Set(roster.map((organisation) => organisation.id));
  for (const organisation of roster) {
    const parent = organisation.parentId && known.has(organisation.parentId) ? organisation.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), organisation]);
  }
  // Party organisations before the socio-political ones; by name within a kind (the roster's order).
  const kindRank = (kind: string) => (organisationKinds as readonly string[]).indexOf(kind);
  for (const list of byParent.values()) list.sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  const entries: NewEntry[] = [];
  const visit = (parentId: string | null) => {
    for (const organisation of byParent.get(parentId) ?? []) {
      const unitName = organisation.unitName ?? organisation.parentName ?? organisation.name;
      entries.push({
        subjectId: organisation.id,
        kind: organisation.kind,
        name: organisation.name,
        organisationId: organisation.parentId,
        organisationName: organisation.parentName,
        headOf: null,
        unitName,
        position: '',
      });
      const own = { organisationId: organisation.id, organisationName: organisation.name };
      if (organisation.collective)
        entries.push({
          subjectId: organisation.collective.id,
          kind: 'leadershipCollective',
          name: organisation.collective.name,
          ...own,
          headOf: null,
          unitName,
          position: '',
        });
      for (const member of organisation.members)
        entries.push({
          subjectId: member.id,
          kind: 'member',
          name: member.fullName,
          ...own,
          headOf: member.isHead ? organisation.id : null,
          unitName: organisation.name,
          position: member.position,
        });
      visit(organisation.id);
    }
  };
  visit(null);
  return entries;
}

/** A new round with the roster as it stands; throws RATING_ROSTER_EMPTY when there is none. */
export function insertRound(
  db: WritableDB,
  round: { year: number; name: string; rules: RatingRuleSettings },
  now: string,
): string {
  const entries = entriesFromRoster(db);
  if (entries.length === 0) throw new AppError('RATING_ROSTER_EMPTY');
  const id = randomUUID();
  db.prepare('INSERT INTO rating_rounds (id, year, name, rules, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    round.year,
    round.name,
    JSON.stringify(round.rules),
    now,
  );
  const insert = db.prepare(
    `INSERT INTO rating_entries (round_id, subject_id, ordinal, kind, name, organisation_id, organisation_name,
       head_of, unit_name, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  entries.forEach((entry, index) =>
    insert.run(
      id,
      entry.subjectId,
      index + 1,
      entry.kind,
      entry.name,
      entry.organisationId,
      entry.organisationName,
      entry.headOf,
      entry.unitName,
      entry.position,
    ),
  );
  return id;
}

interface EntryRow {
  subject_id: string;
  kind: RatedSubjectKind;
  name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  head_of: string | null;
  unit_name: string;
  position: string;
  self_level: RatingLevelId | null;
  self_assessment: string;
  proposed_level: RatingLevelId | null;
  decided_level: RatingLevelId | null;
  decision_number: string | null;
  decision_date: string | null;
  considered: string | null;
}

const entrySelect = `SELECT e.*, (SELECT group_concat(record_id) FROM rating_entry_records x
  WHERE x.round_id = e.round_id AND x.subject_id = e.subject_id) AS considered FROM rating_entries e`;

function entryView(row: EntryRow): RatingEntry {
  return {
    subjectId: row.subject_id,
    kind: row.kind,
    name: row.name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    headOf: row.head_of,
    unitName: row.unit_name,
    position: row.position,
    selfLevel: row.self_level,
    selfAssessment: row.self_assessment,
    proposedLevel: row.proposed_level,
    decidedLevel: row.decided_level,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    consideredRecordIds: row.considered ? row.considered.split(',').sort() : [],
  };
}

export function listEntries(db: ReadableDB, roundId: string): RatingEntry[] {
  return (db.prepare(`${entrySelect} WHERE e.round_id = ? ORDER BY e.ordinal`).all(roundId) as EntryRow[]).map(
    entryView,
  );
}

export function getEntry(db: ReadableDB, roundId: string, subjectId: string): RatingEntry {
  const row = db.prepare(`${entrySelect} WHERE e.round_id = ? AND e.subject_id = ?`).get(roundId, subjectId) as
    EntryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.ratings.subject') });
  return entryView(row);
}

export function saveAssessment(
  db: WritableDB,
  roundId: string,
  subjectId: string,
  assessment: { selfLevel: RatingLevelId | null; selfAssessment: string; proposedLevel: RatingLevelId | null },
): void {
  db.prepare(
    'UPDATE rating_entries SET self_level = ?, self_assessment = ?, proposed_level = ? WHERE round_id = ? AND subject_id = ?',
  ).run(assessment.selfLevel, assessment.selfAssessment, assessment.proposedLevel, roundId, subjectId);
}

/**
 * Stores a decision that passed the rules, and which records it takes into account: those it
 * names are counted in this round; a record it no longer names, and no other decision of the
 * round names, is released.
 */
export function saveDecision(
  db: WritableDB,
  decision: {
    roundId: string;
    subjectId: string;
    level: RatingLevelId;
    decisionNumber: string;
    decisionDate: string;
    consideredRecordIds: readonly string[];
  },
  now: string,
): void {
  const { roundId, subjectId } = decision;
  db.prepare(
    `UPDATE rating_entries SET decided_level = ?, decision_number = ?, decision_date = ?, decided_at = ?
     WHERE round_id = ? AND subject_id = ?`,
  ).run(decision.level, decision.decisionNumber, decision.decisionDate, now, roundId, subjectId);
  db.prepare('DELETE FROM rating_entry_records WHERE round_id = ? AND subject_id = ?').run(roundId, subjectId);
  const link = db.prepare('INSERT INTO rating_entry_records (round_id, subject_id, record_id) VALUES (?, ?, ?)');
  for (const recordId of new Set(decision.consideredRecordIds)) link.run(roundId, subjectId, recordId);
  db.prepare(
    `UPDATE rating_records SET counted_in_round_id = CASE WHEN EXISTS (SELECT 1 FROM rating_entry_records x
       WHERE x.round_id = ? AND x.record_id = rating_records.id) THEN ? ELSE NULL END
     WHERE counted_in_round_id = ? OR id IN (SELECT record_id FROM rating_entry_records WHERE round_id = ?)`,
  ).run(roundId, roundId, roundId, roundId);
}
