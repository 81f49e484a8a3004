import { randomUUID } from 'node:crypto';
import type { ContestView } from '../../shared/campaigns/campaignSchemas';
import type { VaultDatabase } from '../vault/database/openDatabase';

/** The SQL of contests: one ballot paper per (campaign, person assessed, template version). */

export function listContests(db: VaultDatabase, campaignId: string): ContestView[] {
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
  db: VaultDatabase,
  campaignId: string,
  contests: ReadonlyArray<{ subjectId: string; templateVersionId: string }>,
): void {
  db.prepare('DELETE FROM contests WHERE campaign_id = ?').run(campaignId);
  const insert = db.prepare(
    'INSERT INTO contests (id, campaign_id, subject_id, template_version_id, position) VALUES (?, ?, ?, ?, ?)',
  );
  contests.forEach((contest, index) =>
    insert.run(randomUUID(), campaignId, contest.subjectId, contest.templateVersionId, index),
  );
}

export function contestTemplateVersions(db: VaultDatabase, campaignId: string): string[] {
  return (
    db.prepare('SELECT DISTINCT template_version_id FROM contests WHERE campaign_id = ?').all(campaignId) as Array<{
      template_version_id: string;
    }>
  ).map((row) => row.template_version_id);
}
