import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of match decisions, and of the people of a campaign as matching reads them. */

export interface CampaignPerson {
  readonly subjectId: string;
  readonly subjectName: string;
  readonly unitName: string;
  readonly positions: string[];
}

export function peopleOf(db: ReadableDB, campaignId: string): CampaignPerson[] {
  return (
    db
      .prepare(
        `SELECT s.id AS subjectId, s.full_name AS subjectName, u.name AS unitName, s.positions
         FROM subjects s JOIN units u ON u.id = s.unit_id JOIN unit_types t ON t.code = u.unit_type
         WHERE u.campaign_id = ? ORDER BY t.position, u.position, s.position`,
      )
      .all(campaignId) as Array<Omit<CampaignPerson, 'positions'> & { positions: string }>
  ).map((row) => ({ ...row, positions: JSON.parse(row.positions) as string[] }));
}

/** The campaign a person is assessed in, or null for no such person. */
export function campaignOfSubject(db: ReadableDB, subjectId: string): string | null {
  return (
    (db
      .prepare('SELECT u.campaign_id FROM subjects s JOIN units u ON u.id = s.unit_id WHERE s.id = ?')
      .pluck()
      .get(subjectId) as string | undefined) ?? null
  );
}

/** subject → the person last year it was confirmed to be (null: confirmed to be nobody). */
export function matchDecisions(db: ReadableDB, campaignId: string): Map<string, string | null> {
  const rows = db
    .prepare(
      `SELECT d.subject_id, d.previous_subject_id FROM person_match_decisions d
       JOIN subjects s ON s.id = d.subject_id JOIN units u ON u.id = s.unit_id WHERE u.campaign_id = ?`,
    )
    .all(campaignId) as Array<{ subject_id: string; previous_subject_id: string | null }>;
  return new Map(rows.map((row) => [row.subject_id, row.previous_subject_id]));
}

export function saveMatchDecision(
  db: WritableDB,
  decision: { subjectId: string; previousSubjectId: string | null; userId: string },
  now: string,
): void {
  db.prepare(
    `INSERT INTO person_match_decisions (subject_id, previous_subject_id, decided_at, decided_by)
     VALUES (@subjectId, @previousSubjectId, @now, @userId)
     ON CONFLICT (subject_id) DO UPDATE SET previous_subject_id = excluded.previous_subject_id,
       decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
  ).run({ ...decision, now });
}

export interface FeedbackCampaign {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly copiedFrom: string | null;
}

/** Every campaign, oldest first, with what it was copied from. */
export function campaignsByYear(db: ReadableDB): FeedbackCampaign[] {
  return db
    .prepare('SELECT id, name, year, copied_from AS copiedFrom FROM campaigns ORDER BY year, created_at')
    .all() as FeedbackCampaign[];
}

export interface SubjectContest {
  readonly contestId: string;
  readonly subjectId: string;
  /** The form (whatever its version): last year's contest on the same form is the one compared. */
  readonly templateId: string;
}

const selectSubjectContests = `SELECT k.id AS contestId, k.subject_id AS subjectId, v.template_id AS templateId
  FROM contests k JOIN template_versions v ON v.id = k.template_version_id`;

export function subjectContest(db: ReadableDB, contestId: string): SubjectContest | null {
  return (db.prepare(`${selectSubjectContests} WHERE k.id = ?`).get(contestId) as SubjectContest | undefined) ?? null;
}

export function contestsOfSubject(db: ReadableDB, subjectId: string): SubjectContest[] {
  return db
    .prepare(`${selectSubjectContests} WHERE k.subject_id = ? ORDER BY k.position`)
    .all(subjectId) as SubjectContest[];
}
