import { message } from '../../shared/i18n/messages';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of units and the people assessed (subjects). */

export interface StoredSubject {
  readonly id: string;
  readonly fullName: string;
  readonly positions: string[];
  readonly startedAt: string | null;
  readonly eligibilityOverride: string | null;
}

export interface StoredUnit {
  readonly id: string;
  readonly unitType: string;
  readonly name: string;
  readonly parentBody: string;
  readonly convened: number | null;
  readonly subjects: StoredSubject[];
}

export interface NewUnit {
  /** Kept when a setup moves between vaults; new otherwise. */
  readonly id?: string;
  readonly unitType: string;
  readonly name: string;
  readonly parentBody: string;
  readonly convened: number | null;
  readonly subjects: ReadonlyArray<{
    id?: string;
    fullName: string;
    positions: string[];
    startedAt: string | null;
    eligibilityOverride?: string | null;
  }>;
}

export function listUnits(db: ReadableDB, campaignId: string): StoredUnit[] {
  const units = db
    .prepare(
      `SELECT u.id, u.unit_type, u.name, u.parent_body, u.convened FROM units u JOIN unit_types t ON t.code = u.unit_type
       WHERE u.campaign_id = ? ORDER BY t.position, u.position`,
    )
    .all(campaignId) as Array<{
    id: string;
    unit_type: string;
    name: string;
    parent_body: string;
    convened: number | null;
  }>;
  const subjects = db.prepare(
    'SELECT id, full_name, positions, started_at, eligibility_override FROM subjects WHERE unit_id = ? ORDER BY position',
  );
  return units.map((unit) => ({
    id: unit.id,
    unitType: unit.unit_type,
    name: unit.name,
    parentBody: unit.parent_body,
    convened: unit.convened,
    subjects: (
      subjects.all(unit.id) as Array<{
        id: string;
        full_name: string;
        positions: string;
        started_at: string | null;
        eligibility_override: string | null;
      }>
    ).map((subject) => ({
      id: subject.id,
      fullName: subject.full_name,
      positions: JSON.parse(subject.positions) as string[],
      startedAt: subject.started_at,
      eligibilityOverride: subject.eligibility_override,
    })),
  }));
}

export function insertUnits(db: WritableDB, campaignId: string, units: readonly NewUnit[]): void {
  const insertUnit = db.prepare(
    'INSERT INTO units (id, campaign_id, unit_type, name, parent_body, convened, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertSubject = db.prepare(
    'INSERT INTO subjects (id, unit_id, full_name, positions, started_at, eligibility_override, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  units.forEach((unit, unitIndex) => {
    const unitId = unit.id ?? randomUUID();
    insertUnit.run(unitId, campaignId, unit.unitType, unit.name, unit.parentBody, unit.convened, unitIndex);
    unit.subjects.forEach((subject, subjectIndex) =>
      insertSubject.run(
        subject.id ?? randomUUID(),
        unitId,
        subject.fullName,
        JSON.stringify(subject.positions),
        subject.startedAt,
        subject.eligibilityOverride ?? null,
        subjectIndex,
      ),
    );
  });
}

/** Replaces every unit of a campaign (import); contests and the draw must not exist yet. */
export function replaceUnits(db: WritableDB, campaignId: string, units: readonly NewUnit[]): void {
  db.prepare('DELETE FROM units WHERE campaign_id = ?').run(campaignId);
  insertUnits(db, campaignId, units);
}

export function campaignOfSubject(db: ReadableDB, subjectId: string): { campaignId: string; fullName: string } {
  const row = db
    .prepare('SELECT u.campaign_id, s.full_name FROM subjects s JOIN units u ON u.id = s.unit_id WHERE s.id = ?')
    .get(subjectId) as { campaign_id: string; full_name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.unitStore.personAssessed') });
  return { campaignId: row.campaign_id, fullName: row.full_name };
}

/** A unit's campaign, name and type (what its printed minutes are headed with). */
export function unitHeading(db: ReadableDB, unitId: string): { campaignId: string; name: string; unitType: string } {
  const row = db.prepare('SELECT campaign_id, name, unit_type FROM units WHERE id = ?').get(unitId) as
    { campaign_id: string; name: string; unit_type: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.thing.unit') });
  return { campaignId: row.campaign_id, name: row.name, unitType: row.unit_type };
}

export function setEligibilityOverride(db: WritableDB, subjectId: string, reason: string | null): void {
  db.prepare('UPDATE subjects SET eligibility_override = ? WHERE id = ?').run(reason, subjectId);
}
