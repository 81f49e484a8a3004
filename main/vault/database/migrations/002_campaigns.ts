import { randomUUID } from 'node:crypto';
import { builtInUnitTypes } from '../../../../shared/campaigns/unitTypes';
import { builtInTemplates } from '../../../../shared/templates/builtInTemplates';
import type { VaultDatabase } from '../openDatabase';

/**
 * Campaign setup: unit types, ballot templates with frozen versions, campaigns with their
 * schedule per unit type, units and the people assessed, the public draw, and contests (one
 * ballot paper per person assessed and template).
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE unit_types (
      code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
      name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
      category TEXT NOT NULL CHECK (category IN ('ward', 'school', 'other')),
      default_template_code TEXT,
      position INTEGER NOT NULL,
      built_in INTEGER NOT NULL CHECK (built_in IN (0, 1))
    ) STRICT;

    CREATE TABLE templates (
      id TEXT PRIMARY KEY,
      code TEXT UNIQUE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;

    -- A version referenced by an open campaign or by any ballot is frozen: never updated again.
    CREATE TABLE template_versions (
      id TEXT PRIMARY KEY,
      template_id TEXT NOT NULL REFERENCES templates (id),
      version INTEGER NOT NULL CHECK (version >= 1),
      content TEXT NOT NULL CHECK (json_valid(content)),
      frozen_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (template_id, version)
    ) STRICT;
    CREATE TRIGGER template_versions_frozen BEFORE UPDATE OF content ON template_versions
      WHEN OLD.frozen_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'template version is frozen'); END;

    CREATE TABLE campaigns (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      plan_number TEXT NOT NULL CHECK (length(plan_number) <= 100),
      plan_date TEXT NOT NULL CHECK (date(plan_date) IS plan_date),
      issuing_body TEXT NOT NULL CHECK (length(issuing_body) <= 300),
      -- The place written before the date on documents: "Long Biên, ngày … tháng … năm …".
      locality TEXT NOT NULL CHECK (length(locality) <= 100),
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      percentage_base TEXT NOT NULL CHECK (percentage_base IN ('returned', 'valid')),
      status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'counting', 'closed')),
      copied_from TEXT REFERENCES campaigns (id),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE campaign_schedule (
      campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      unit_type TEXT NOT NULL REFERENCES unit_types (code),
      poll_date TEXT NOT NULL CHECK (date(poll_date) IS poll_date),
      template_version_id TEXT NOT NULL REFERENCES template_versions (id),
      PRIMARY KEY (campaign_id, unit_type)
    ) STRICT;

    CREATE TABLE units (
      id TEXT PRIMARY KEY,
      campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      unit_type TEXT NOT NULL REFERENCES unit_types (code),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      parent_body TEXT NOT NULL DEFAULT '',
      convened INTEGER CHECK (convened IS NULL OR convened >= 0),
      position INTEGER NOT NULL,
      UNIQUE (campaign_id, unit_type, name)
    ) STRICT;

    CREATE TABLE subjects (
      id TEXT PRIMARY KEY,
      unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE CASCADE,
      full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
      positions TEXT NOT NULL CHECK (json_valid(positions) AND json_array_length(positions) >= 1),
      started_at TEXT CHECK (started_at IS NULL OR date(started_at) IS started_at),
      -- An administrator's written reason for polling someone the six-month rule would exclude.
      eligibility_override TEXT CHECK (eligibility_override IS NULL OR length(eligibility_override) >= 5),
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX subjects_unit ON subjects (unit_id);

    CREATE TABLE draws (
      id TEXT PRIMARY KEY,
      campaign_id TEXT NOT NULL UNIQUE REFERENCES campaigns (id) ON DELETE CASCADE,
      record TEXT NOT NULL CHECK (json_valid(record)),
      meeting TEXT NOT NULL CHECK (json_valid(meeting)),
      held_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE contests (
      id TEXT PRIMARY KEY,
      campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      subject_id TEXT NOT NULL REFERENCES subjects (id),
      template_version_id TEXT NOT NULL REFERENCES template_versions (id),
      position INTEGER NOT NULL,
      UNIQUE (campaign_id, subject_id, template_version_id)
    ) STRICT;
  `);
  const insertType = db.prepare(
    'INSERT INTO unit_types (code, name, category, default_template_code, position, built_in) VALUES (?, ?, ?, ?, ?, 1)',
  );
  builtInUnitTypes.forEach((type, index) =>
    insertType.run(type.code, type.name, type.category, type.defaultTemplateCode, index),
  );

  // The built-in forms arrive frozen: they are the official wording; changes go in a copy.
  const now = new Date().toISOString();
  const insertTemplate = db.prepare(
    'INSERT INTO templates (id, code, name, built_in, created_at) VALUES (?, ?, ?, 1, ?)',
  );
  const insertVersion = db.prepare(
    'INSERT INTO template_versions (id, template_id, version, content, frozen_at, created_at) VALUES (?, ?, 1, ?, ?, ?)',
  );
  for (const template of builtInTemplates) {
    const templateId = randomUUID();
    insertTemplate.run(templateId, template.code, template.name, now);
    insertVersion.run(randomUUID(), templateId, JSON.stringify(template.content), now, now);
  }
}
