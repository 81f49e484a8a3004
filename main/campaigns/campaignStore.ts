import { message } from '../../shared/i18n/messages';
import { randomUUID } from 'node:crypto';
import type { Campaign, CampaignFields, CampaignStatus, ScheduleEntry } from '../../shared/campaigns/campaignSchemas';
import { AppError } from '../../shared/errors';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of campaigns and their schedule (poll date and ballot template per unit type). */

interface CampaignRow {
  id: string;
  name: string;
  plan_number: string;
  plan_date: string;
  issuing_body: string;
  locality: string;
  year: number;
  percentage_base: 'returned' | 'valid';
  keyings_required: 2 | 3;
  low_share_threshold: number;
  text_floor: number;
  audit_sample_size: number;
  /** Hundredths of an error per 1,000 fields: 100 = 1.00. */
  audit_warning_bound: number;
  refuse_while_online: 0 | 1;
  status: CampaignStatus;
  copied_from: string | null;
  created_at: string;
  unit_count: number;
  subject_count: number;
  contest_count: number;
  draw_held: number;
}

const selectCampaigns = `
  SELECT c.*,
    (SELECT count(*) FROM units u WHERE u.campaign_id = c.id) AS unit_count,
    (SELECT count(*) FROM subjects s JOIN units u ON u.id = s.unit_id WHERE u.campaign_id = c.id) AS subject_count,
    (SELECT count(*) FROM contests k WHERE k.campaign_id = c.id) AS contest_count,
    EXISTS (SELECT 1 FROM draws d WHERE d.campaign_id = c.id) AS draw_held
  FROM campaigns c`;

function schedule(db: ReadableDB, campaignId: string): ScheduleEntry[] {
  return (
    db
      .prepare(
        `SELECT s.unit_type, s.poll_date, s.template_version_id FROM campaign_schedule s
         JOIN unit_types t ON t.code = s.unit_type WHERE s.campaign_id = ? ORDER BY t.position`,
      )
      .all(campaignId) as Array<{ unit_type: string; poll_date: string; template_version_id: string }>
  ).map((row) => ({ unitType: row.unit_type, pollDate: row.poll_date, templateVersionId: row.template_version_id }));
}

function toCampaign(db: ReadableDB, row: CampaignRow): Campaign {
  return {
    id: row.id,
    name: row.name,
    planNumber: row.plan_number,
    planDate: row.plan_date,
    issuingBody: row.issuing_body,
    locality: row.locality,
    year: row.year,
    percentageBase: row.percentage_base,
    keyingsRequired: row.keyings_required,
    flagThresholdPercent: Math.round(row.low_share_threshold / 100),
    textFloor: row.text_floor,
    auditSampleSize: row.audit_sample_size,
    auditWarningPerThousand: row.audit_warning_bound / 100,
    refuseWhileOnline: row.refuse_while_online === 1,
    schedule: schedule(db, row.id),
    status: row.status,
    copiedFrom: row.copied_from,
    createdAt: row.created_at,
    unitCount: row.unit_count,
    subjectCount: row.subject_count,
    contestCount: row.contest_count,
    drawHeld: row.draw_held === 1,
  };
}

export function listCampaigns(db: ReadableDB): Campaign[] {
  return (db.prepare(`${selectCampaigns} ORDER BY c.year DESC, c.created_at DESC`).all() as CampaignRow[]).map((row) =>
    toCampaign(db, row),
  );
}

export function getCampaign(db: ReadableDB, campaignId: string): Campaign {
  const row = db.prepare(`${selectCampaigns} WHERE c.id = ?`).get(campaignId) as CampaignRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.campaignStore.campaign') });
  return toCampaign(db, row);
}

function writeSchedule(db: WritableDB, campaignId: string, entries: readonly ScheduleEntry[]): void {
  db.prepare('DELETE FROM campaign_schedule WHERE campaign_id = ?').run(campaignId);
  const insert = db.prepare(
    'INSERT INTO campaign_schedule (campaign_id, unit_type, poll_date, template_version_id) VALUES (?, ?, ?, ?)',
  );
  for (const entry of entries) insert.run(campaignId, entry.unitType, entry.pollDate, entry.templateVersionId);
}

export function insertCampaign(
  db: WritableDB,
  fields: CampaignFields,
  now: string,
  copiedFrom: string | null = null,
  id: string = randomUUID(),
): string {
  db.prepare(
    `INSERT INTO campaigns (id, name, plan_number, plan_date, issuing_body, locality, year, percentage_base, keyings_required,
       low_share_threshold, text_floor, audit_sample_size, audit_warning_bound, refuse_while_online, status, copied_from,
       created_at)
     VALUES (@id, @name, @planNumber, @planDate, @issuingBody, @locality, @year, @percentageBase, @keyingsRequired,
       @lowShareThreshold, @textFloor, @auditSampleSize, @auditWarningBound, @refuseWhileOnline, 'draft', @copiedFrom,
       @now)`,
  ).run({ ...fieldValues(fields), id, copiedFrom, now });
  writeSchedule(db, id, fields.schedule);
  return id;
}

export function updateCampaign(db: WritableDB, campaignId: string, fields: CampaignFields): void {
  db.prepare(
    `UPDATE campaigns SET name = @name, plan_number = @planNumber, plan_date = @planDate, issuing_body = @issuingBody,
       locality = @locality, year = @year, percentage_base = @percentageBase, keyings_required = @keyingsRequired,
       low_share_threshold = @lowShareThreshold, text_floor = @textFloor, audit_sample_size = @auditSampleSize,
       audit_warning_bound = @auditWarningBound, refuse_while_online = @refuseWhileOnline
     WHERE id = @id`,
  ).run({ ...fieldValues(fields), id: campaignId });
  writeSchedule(db, campaignId, fields.schedule);
}

function fieldValues(fields: CampaignFields) {
  const { name, planNumber, planDate, issuingBody, locality, year, percentageBase, keyingsRequired, textFloor } =
    fields;
  const lowShareThreshold = fields.flagThresholdPercent * 100;
  const auditWarningBound = Math.round(fields.auditWarningPerThousand * 100);
  return {
    name,
    planNumber,
    planDate,
    issuingBody,
    locality,
    year,
    percentageBase,
    keyingsRequired,
    lowShareThreshold,
    textFloor,
    auditSampleSize: fields.auditSampleSize,
    auditWarningBound,
    refuseWhileOnline: fields.refuseWhileOnline ? 1 : 0,
  };
}

/** Whether a campaign refuses keying and sealing while the machine is online (read on every such call: one column). */
export function refusesWhileOnline(db: ReadableDB, campaignId: string): boolean {
  return db.prepare('SELECT refuse_while_online FROM campaigns WHERE id = ?').pluck().get(campaignId) === 1;
}

export function setCampaignStatus(db: WritableDB, campaignId: string, status: CampaignStatus): void {
  db.prepare('UPDATE campaigns SET status = ? WHERE id = ?').run(status, campaignId);
}
