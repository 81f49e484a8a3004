import { message } from '../../shared/i18n/messages';
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson';
import { AppError } from '../../shared/errors';
import { templateContentSchema, type TemplateContent } from '../../shared/templates/templateContent';
import type { TemplateSummary, TemplateVersionView } from '../../shared/templates/templateViews';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of templates and their versions. A frozen version's content never changes (a trigger enforces it too). */

interface VersionRow {
  id: string;
  template_id: string;
  name: string;
  built_in: number;
  version: number;
  frozen_at: string | null;
  content: string;
}

const versionColumns = `v.id, v.template_id, t.name, t.built_in, v.version, v.frozen_at, v.content`;

function toView(row: VersionRow): TemplateVersionView {
  return {
    id: row.id,
    templateId: row.template_id,
    name: row.name,
    builtIn: row.built_in === 1,
    version: row.version,
    frozen: row.frozen_at !== null,
    content: templateContentSchema.parse(JSON.parse(row.content)),
  };
}

export function templateVersion(db: ReadableDB, versionId: string): TemplateVersionView {
  const row = db
    .prepare(
      `SELECT ${versionColumns} FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE v.id = ?`,
    )
    .get(versionId) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.thing.template') });
  return toView(row);
}

export function listTemplates(db: ReadableDB): TemplateSummary[] {
  const templates = db
    .prepare('SELECT id, code, name, built_in FROM templates ORDER BY built_in DESC, created_at, rowid')
    .all() as Array<{
    id: string;
    code: string | null;
    name: string;
    built_in: number;
  }>;
  const versions = db.prepare(
    'SELECT id, version, frozen_at, content, created_at FROM template_versions WHERE template_id = ? ORDER BY version',
  );
  return templates.map((template) => ({
    id: template.id,
    code: template.code,
    name: template.name,
    builtIn: template.built_in === 1,
    versions: (
      versions.all(template.id) as Array<{
        id: string;
        version: number;
        frozen_at: string | null;
        content: string;
        created_at: string;
      }>
    ).map((version) => {
      const content = JSON.parse(version.content) as TemplateContent;
      return {
        id: version.id,
        version: version.version,
        frozen: version.frozen_at !== null,
        scale: content.scale,
        rowCount: content.criteria.length,
        createdAt: version.created_at,
      };
    }),
  }));
}

export function createTemplate(
  db: WritableDB,
  name: string,
  content: TemplateContent,
  now: string,
): TemplateVersionView {
  const templateId = randomUUID();
  const versionId = randomUUID();
  db.prepare('INSERT INTO templates (id, code, name, built_in, created_at) VALUES (?, NULL, ?, 0, ?)').run(
    templateId,
    name,
    now,
  );
  db.prepare(
    'INSERT INTO template_versions (id, template_id, version, content, frozen_at, created_at) VALUES (?, ?, 1, ?, NULL, ?)',
  ).run(versionId, templateId, JSON.stringify(content), now);
  return templateVersion(db, versionId);
}

export function updateTemplateVersion(
  db: WritableDB,
  versionId: string,
  name: string,
  content: TemplateContent,
): TemplateVersionView {
  const current = templateVersion(db, versionId);
  if (current.frozen) throw new AppError('TEMPLATE_FROZEN');
  db.prepare('UPDATE template_versions SET content = ? WHERE id = ?').run(JSON.stringify(content), versionId);
  db.prepare('UPDATE templates SET name = ? WHERE id = ?').run(name, current.templateId);
  return templateVersion(db, versionId);
}

export function copyToNewVersion(db: WritableDB, versionId: string, now: string): TemplateVersionView {
  const source = templateVersion(db, versionId);
  const { latest } = db
    .prepare('SELECT max(version) AS latest FROM template_versions WHERE template_id = ?')
    .get(source.templateId) as {
    latest: number;
  };
  const id = randomUUID();
  db.prepare(
    'INSERT INTO template_versions (id, template_id, version, content, frozen_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
  ).run(id, source.templateId, latest + 1, JSON.stringify(source.content), now);
  return templateVersion(db, id);
}

/** The newest version of a built-in template, e.g. the default form of a unit type. */
export function latestVersionIdOfCode(db: ReadableDB, code: string): string | null {
  const row = db
    .prepare(
      'SELECT v.id FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE t.code = ? ORDER BY v.version DESC LIMIT 1',
    )
    .get(code) as { id: string } | undefined;
  return row?.id ?? null;
}

export function freezeTemplateVersions(db: WritableDB, versionIds: readonly string[], now: string): void {
  const freeze = db.prepare('UPDATE template_versions SET frozen_at = ? WHERE id = ? AND frozen_at IS NULL');
  for (const id of versionIds) freeze.run(now, id);
}

export interface ImportedTemplateVersion {
  readonly templateId: string;
  readonly name: string;
  readonly versionId: string;
  readonly version: number;
  readonly content: TemplateContent;
}

/**
 * A template version another vault made, kept under its own ids: added if this vault lacks
 * it; if the vault has it already, its content must be the same (a version never changes).
 */
export function importTemplateVersion(
  db: WritableDB,
  imported: ImportedTemplateVersion,
  now: string,
): 'added' | 'same' | 'different' {
  const existing = db.prepare('SELECT content FROM template_versions WHERE id = ?').get(imported.versionId) as
    { content: string } | undefined;
  if (existing)
    return canonicalJson(JSON.parse(existing.content)) === canonicalJson(imported.content) ? 'same' : 'different';
  if (!db.prepare('SELECT 1 FROM templates WHERE id = ?').get(imported.templateId))
    db.prepare('INSERT INTO templates (id, code, name, built_in, created_at) VALUES (?, NULL, ?, 0, ?)').run(
      imported.templateId,
      imported.name,
      now,
    );
  if (
    db
      .prepare('SELECT 1 FROM template_versions WHERE template_id = ? AND version = ?')
      .get(imported.templateId, imported.version)
  )
    return 'different';
  db.prepare(
    'INSERT INTO template_versions (id, template_id, version, content, frozen_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
  ).run(imported.versionId, imported.templateId, imported.version, JSON.stringify(imported.content), now);
  return 'added';
}
