import type { VaultDatabase } from '../openDatabase';

/**
 * Where an imported batch's ballots came from (issue 19): ballot lines (JSON lines) or a survey
 * tool's export read through a mapping — with the tool, the file's name and SHA-256 (which file,
 * without keeping it), and the mapping as applied — or the conference's voting kiosk (no file). A keyed batch has no row; a batch merged from
 * a desk has its own (desk_batches). Beside `batches` rather than in it: its source column's
 * CHECK is part of a table every ballot refers to, and stays as it is.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE batch_sources (
      batch_id TEXT PRIMARY KEY REFERENCES batches (id),
      kind TEXT NOT NULL CHECK (kind IN ('ballotLines', 'survey', 'kiosk')),
      tool TEXT CHECK (tool IN ('googleForms', 'kobo', 'limeSurvey', 'other')),
      file_name TEXT CHECK (length(file_name) BETWEEN 1 AND 260),
      file_sha256 TEXT CHECK (length(file_sha256) = 64 AND file_sha256 NOT GLOB '*[^0-9a-f]*'),
      mapping TEXT CHECK (mapping IS NULL OR (json_valid(mapping) AND json_type(mapping) = 'object')),
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL REFERENCES users (id),
      -- A survey names its tool and keeps its mapping; ballot lines need neither; both name their file.
      -- The kiosk has no file, tool or mapping.
      CHECK (CASE kind WHEN 'survey' THEN tool IS NOT NULL AND mapping IS NOT NULL
                       ELSE tool IS NULL AND mapping IS NULL END),
      CHECK ((kind = 'kiosk') = (file_name IS NULL AND file_sha256 IS NULL)),
      CHECK (file_name IS NULL = (file_sha256 IS NULL))
    ) STRICT;
  `);
}
