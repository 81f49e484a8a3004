import { message } from '../../shared/i18n/messages';
import { randomUUID } from 'node:crypto';
import type { ContestView } from '../../shared/campaigns/campaignSchemas';
import { AppError } from '../../shared/errors';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of contests: one ballot paper per (campaign, person assessed, template version). */

export function listContests(db: ReadableDB, campaignId: string): ContestView[] {
  const rows = db
    .prepare(
      `SELECT k.id, u.id AS unit_id, u.name AS unit_name, u.unit_type, s.id AS subject_id, s.full_name, s.positions,
              v.id AS version_id, t.name AS template_name, v.version
       FROM contests k
       JOIN subjects s ON s.id = k.subject_id
       JOIN units u ON u.id = s.unit_id
       JOIN template_versions v ON v.id = k.template_version_id
       JOIN templates t ON t.id = v.template_id
       WHERE k.campaign_id = ? ORDER BY k.position`,
    )
    .all(campaignId) as Array<{
    id: string;
    unit_id: string;
    unit_name: string;
    unit_type: string;
    subject_id: string;
    full_name: string;
    positions: string;
    version_id: string;
    template_name: string;
    version: number;
  }>;
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitType: row.unit_type,
    subjectId: row.subject_id,
    subjectName: row.full_name,
    positions: JSON.parse(row.positions) as string[],
    templateVersionId: row.version_id,
    templateName: row.template_name,
    templateVersion: row.version,
  }));
}

export function replaceContests(
  db: WritableDB,
  campaignId: string,
  contests: ReadonlyArray<{ id?: string; subjectId: string; templateVersionId: string }>,
): void {
  db.prepare('DELETE FROM contests WHERE campaign_id = ?').run(campaignId);
  const insert = db.prepare(
    'INSERT INTO contests (id, campaign_id, subject_id, template_version_id, position) VALUES (?, ?, ?, ?, ?)',
  );
  contests.forEach((contest, index) =>
    insert.run(contest.id ?? randomUUID(), campaignId, contest.subjectId, contest.templateVersionId, index),
  );
}

export function contestTemplateVersions(db: ReadableDB, campaignId: string): string[] {
  return (
    db.prepare('SELECT DISTINCT template_version_id FROM contests WHERE campaign_id = ?').all(campaignId) as Array<{
      template_version_id: string;
    }>
  ).map((row) => row.template_version_id);
}

export interface ContestContext {
  readonly contestId: string;
  readonly campaignId: string;
  readonly campaignStatus: string;
  readonly keyingsRequired: number;
  readonly unitId: string;
  readonly unitName: string;
  readonly subjectName: string;
  readonly positions: string[];
  readonly templateVersionId: string;
  readonly content: string;
}

/** A contest with what counting needs around it: campaign state, unit, person, form. */
export function contestContext(db: ReadableDB, contestId: string): ContestContext {
  const row = db
    .prepare(
      `SELECT k.id, c.id AS campaign_id, c.status, c.keyings_required, u.id AS unit_id, u.name AS unit_name,
              s.full_name, s.positions, v.id AS version_id, v.content
       FROM contests k
       JOIN campaigns c ON c.id = k.campaign_id
       JOIN subjects s ON s.id = k.subject_id
       JOIN units u ON u.id = s.unit_id
       JOIN template_versions v ON v.id = k.template_version_id
       WHERE k.id = ?`,
    )
    .get(contestId) as
    | {
        id: string;
        campaign_id: string;
        status: string;
        keyings_required: number;
        unit_id: string;
        unit_name: string;
        full_name: string;
        positions: string;
        version_id: string;
        content: string;
      }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.thing.contest') });
  return {
    contestId: row.id,
    campaignId: row.campaign_id,
    campaignStatus: row.status,
    keyingsRequired: row.keyings_required,
    unitId: row.unit_id,
    unitName: row.unit_name,
    subjectName: row.full_name,
    positions: JSON.parse(row.positions) as string[],
    templateVersionId: row.version_id,
    content: row.content,
  };
}
