import type { BatchOrigin } from '../../shared/counting/countingSchemas';
import type { SurveyMapping, SurveyTool } from '../../shared/counting/surveyMapping';
import type { SourceCount } from '../../shared/results/ballotSources';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of batch_sources (migration 017): where an imported batch's ballots came from. */

export type BatchSourceRecord =
  | { readonly kind: 'kiosk' }
  | { readonly kind: 'ballotLines'; readonly fileName: string; readonly fileSha256: string }
  | {
      readonly kind: 'survey';
      readonly tool: SurveyTool;
      readonly fileName: string;
      readonly fileSha256: string;
      readonly mapping: SurveyMapping;
    };

export function recordBatchSource(
  db: WritableDB,
  batchId: string,
  source: BatchSourceRecord,
  by: { userId: string; at: string },
): void {
  db.prepare(
    `INSERT INTO batch_sources (batch_id, kind, tool, file_name, file_sha256, mapping, imported_at, imported_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    batchId,
    source.kind,
    source.kind === 'survey' ? source.tool : null,
    source.kind === 'kiosk' ? null : source.fileName,
    source.kind === 'kiosk' ? null : source.fileSha256,
    source.kind === 'survey' ? JSON.stringify(source.mapping) : null,
    by.at,
    by.userId,
  );
}

/** Where a batch came from, or null for a batch keyed here or merged from a desk. */
export function batchOrigin(db: ReadableDB, batchId: string): BatchOrigin | null {
  const row = db.prepare('SELECT kind, tool, file_name FROM batch_sources WHERE batch_id = ?').get(batchId) as
    { kind: BatchOrigin['kind']; tool: SurveyTool | null; file_name: string | null } | undefined;
  return row ? { kind: row.kind, tool: row.tool, fileName: row.file_name } : null;
}

/**
 * The counted ballots of a contest by where their batch came from — every stored ballot, as the
 * tally counts them (only a verified batch has ballots). A batch with a batch_sources row was
 * imported from that file; one keyed here is paper; one merged from a desk (desk_batches) is
 * paper keyed there, even when stored as imported. An imported batch with neither row was a
 * file of ballot lines brought in before migration 017, the only import there was then.
 */
export function ballotCountsBySource(db: ReadableDB, contestId: string): SourceCount[] {
  return db
    .prepare(
      `SELECT CASE WHEN s.kind IS NOT NULL THEN s.kind
                   WHEN EXISTS (SELECT 1 FROM desk_batches d WHERE d.batch_id = b.id) THEN 'desk'
                   WHEN b.source = 'keyed' THEN 'keyed'
                   ELSE 'ballotLines' END AS kind,
              s.tool AS tool, sum(v.valid) AS valid, sum(1 - v.valid) AS invalid
       FROM ballots v JOIN batches b ON b.id = v.batch_id LEFT JOIN batch_sources s ON s.batch_id = b.id
       WHERE v.contest_id = ? GROUP BY 1, 2`,
    )
    .all(contestId) as SourceCount[];
}
