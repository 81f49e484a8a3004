import { randomUUID } from 'node:crypto';
import type { OrganisationKind, RatedSubjectKind } from '../../shared/ratings/ratingLevels';
import type { RosterOrganisation } from '../../shared/ratings/ratingSchemas';
import type { ParsedOrganisation } from '../../shared/ratings/rosterRows';
import { compareVietnamese, foldForSearch } from '../../shared/text/vietnamese';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of the roster: organisations, their collectives and members (rating_subjects). */

interface SubjectRow {
  id: string;
  kind: RatedSubjectKind;
  code: string | null;
  name: string;
  parent_id: string | null;
  unit_name: string | null;
  position: string;
  is_head: 0 | 1;
  active: 0 | 1;
}

function allSubjects(db: ReadableDB): SubjectRow[] {
  return db.prepare('SELECT * FROM rating_subjects').all() as SubjectRow[];
}

const isOrganisation = (row: SubjectRow) => row.code !== null;

/** The active roster, organisations in Vietnamese order, members by name with the head first. */
export function listRoster(db: ReadableDB): RosterOrganisation[] {
  const rows = allSubjects(db).filter((row) => row.active === 1);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const children = new Map<string, SubjectRow[]>();
  for (const row of rows)
    if (!isOrganisation(row) && row.parent_id)
      children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
  return rows
    .filter(isOrganisation)
    .map((row) => {
      const own = children.get(row.id) ?? [];
      const collective = own.find((child) => child.kind === 'leadershipCollective');
      return {
        id: row.id,
        code: row.code!,
        kind: row.kind as OrganisationKind,
        name: row.name,
        parentId: row.parent_id,
        parentName: row.parent_id ? (byId.get(row.parent_id)?.name ?? null) : null,
        unitName: row.unit_name,
        collective: collective ? { id: collective.id, name: collective.name } : null,
        members: own
          .filter((child) => child.kind === 'member')
          .sort((a, b) => b.is_head - a.is_head || compareVietnamese(a.name, b.name))
          .map((child) => ({
            id: child.id,
            fullName: child.name,
            position: child.position,
            isHead: child.is_head === 1,
          })),
      };
    })
    .sort((a, b) => compareVietnamese(a.name, b.name));
}

/**
 * Brings the roster up to an imported file in one transaction. An organisation is the same one
 * when its code is; a collective is its organisation's; a member is the same person when the
 * folded name is, within the same organisation. What the file no longer lists is made inactive,
 * never deleted: past rounds and records name it.
 */
export function applyRoster(db: WritableDB, organisations: readonly ParsedOrganisation[]): void {
  const existing = allSubjects(db);
  const organisationIds = new Map(existing.filter(isOrganisation).map((row) => [row.code!, row.id]));
  const childrenOf = (parentId: string) => existing.filter((row) => row.parent_id === parentId && !isOrganisation(row));
  db.prepare('UPDATE rating_subjects SET active = 0').run();
  const upsert = db.prepare(
    `INSERT INTO rating_subjects (id, kind, code, name, parent_id, unit_name, position, is_head, active)
     VALUES (@id, @kind, @code, @name, @parent_id, @unit_name, @position, @is_head, 1)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, code = excluded.code, name = excluded.name,
       parent_id = excluded.parent_id, unit_name = excluded.unit_name, position = excluded.position,
       is_head = excluded.is_head, active = 1`,
  );
  for (const organisation of organisations)
    if (!organisationIds.has(organisation.code)) organisationIds.set(organisation.code, randomUUID());
  // Parents first would be needed only for the foreign key; every id exists before the pass below
  // sets parents, so insert all organisations without a parent, then set the parents.
  for (const organisation of organisations)
    upsert.run({
      id: organisationIds.get(organisation.code)!,
      kind: organisation.kind,
      code: organisation.code,
      name: organisation.name,
      parent_id: null,
      unit_name: organisation.unitName,
      position: '',
      is_head: 0,
    });
  const setParent = db.prepare('UPDATE rating_subjects SET parent_id = ? WHERE id = ?');
  for (const organisation of organisations) {
    const id = organisationIds.get(organisation.code)!;
    setParent.run(organisation.parentCode ? organisationIds.get(organisation.parentCode)! : null, id);
    const known = childrenOf(id);
    if (organisation.collectiveName) {
      const collective = known.find((row) => row.kind === 'leadershipCollective');
      upsert.run({
        id: collective?.id ?? randomUUID(),
        kind: 'leadershipCollective',
        code: null,
        name: organisation.collectiveName,
        parent_id: id,
        unit_name: null,
        position: '',
        is_head: 0,
      });
    }
    for (const member of organisation.members) {
      const same = known.find(
        (row) => row.kind === 'member' && foldForSearch(row.name) === foldForSearch(member.fullName),
      );
      upsert.run({
        id: same?.id ?? randomUUID(),
        kind: 'member',
        code: null,
        name: member.fullName,
        parent_id: id,
        unit_name: null,
        position: member.position,
        is_head: member.isHead ? 1 : 0,
      });
    }
  }
}

/** Whether a subject exists in the roster (active or not), and its name. */
export function rosterSubject(db: ReadableDB, subjectId: string): { id: string; name: string } | null {
  return (
    (db.prepare('SELECT id, name FROM rating_subjects WHERE id = ?').get(subjectId) as
      { id: string; name: string } | undefined) ?? null
  );
}
