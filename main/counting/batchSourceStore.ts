import type { BatchOrigin } from '../../shared/counting/countingSchemas';
import type { SurveyMapping, SurveyTool } from '../../shared/counting/surveyMapping';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of batch_sources (migration 017): where an imported batch's ballots came from. */

export type BatchSourceRecord =
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
    source.fileName,
    source.fileSha256,
    source.kind === 'survey' ? JSON.stringify(source.mapping) : null,
    by.at,
    by.userId,
  );
}

/** Where a batch came from, or null for a batch keyed here or merged from a desk. */
export function batchOrigin(db: ReadableDB, batchId: string): BatchOrigin | null {
  const row = db.prepare('SELECT kind, tool, file_name FROM batch_sources WHERE batch_id = ?').get(batchId) as
    { kind: BatchOrigin['kind']; tool: SurveyTool | null; file_name: string } | undefined;
  return row ? { kind: row.kind, tool: row.tool, fileName: row.file_name } : null;
}
