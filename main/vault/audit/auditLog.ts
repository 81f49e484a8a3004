import { canonicalJson } from '../../../shared/canonicalJson';
import type { AuditEventId } from '../../../shared/audit/auditEvents';
import type { AnchorCheck } from '../../../shared/audit/auditAnchor';
import type { AuditVerification } from '../../../shared/audit/auditReport';
import type { Role } from '../../../shared/roles';
import type { VaultDatabase } from '../database/openDatabase';
import { auditHash, genesisHash, type AuditRecord } from './auditChain';

export interface AuditActor {
  readonly id: string;
  readonly login: string;
  readonly role: Role;
}

export interface AuditTail {
  readonly sequence: number;
  readonly hash: string;
}

export function auditTail(db: VaultDatabase): AuditTail {
  const row = db.prepare('SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1').get() as
    AuditTail | undefined;
  return row ?? { sequence: 0, hash: genesisHash };
}

export function auditHashAt(db: VaultDatabase, sequence: number): string | null {
  const row = db.prepare('SELECT hash FROM audit_log WHERE sequence = ?').get(sequence) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** Appends one entry; call inside the transaction of the change it records. */
export function appendAudit(
  db: VaultDatabase,
  actor: AuditActor | null,
  event: AuditEventId,
  details: Readonly<Record<string, unknown>>,
  at: Date,
): AuditTail {
  const tail = auditTail(db);
  const record: AuditRecord = {
    sequence: tail.sequence + 1,
    at: at.toISOString(),
    userId: actor?.id ?? null,
    userLogin: actor?.login ?? null,
    role: actor?.role ?? null,
    event,
    details: canonicalJson(details),
    previousHash: tail.hash,
  };
  const hash = auditHash(record);
  db.prepare(
    `INSERT INTO audit_log (sequence, at, user_id, user_login, role, event, details, previous_hash, hash)
     VALUES (@sequence, @at, @userId, @userLogin, @role, @event, @details, @previousHash, @hash)`,
  ).run({ ...record, hash });
  return { sequence: record.sequence, hash };
}

/** An audit_log row as stored. */
export interface StoredAuditRow {
  sequence: number;
  at: string;
  user_id: string | null;
  user_login: string | null;
  role: string | null;
  event: string;
  details: string;
  previous_hash: string;
  hash: string;
}

/** What an entry's hash covers, read from its stored row. */
export function recordOfRow(row: StoredAuditRow): AuditRecord {
  return {
    sequence: row.sequence,
    at: row.at,
    userId: row.user_id,
    userLogin: row.user_login,
    role: row.role,
    event: row.event,
    details: row.details,
    previousHash: row.previous_hash,
  };
}

/** An anchor kept outside the chain, to check against it; `hash` may be a prefix typed from paper. */
export type ExternalAnchor = Omit<AnchorCheck, 'holds'>;

/** Each external anchor against the chain as stored (meaningful once the chain itself holds). */
function checkAnchors(db: VaultDatabase, anchors: readonly ExternalAnchor[]): AnchorCheck[] {
  return anchors.map((anchor) => {
    const stored = anchor.sequence === 0 ? genesisHash : auditHashAt(db, anchor.sequence);
    return { ...anchor, holds: anchor.hash.length > 0 && stored !== null && stored.startsWith(anchor.hash) };
  });
}

/**
 * Walks the whole chain and names the first broken link: an altered entry, a link that does
 * not point at the entry before it, a gap in the sequence, or a log that ends before the
 * anchor kept (authenticated) in the header. Then each anchor kept outside the vault (in signed
 * results, prints, backups): a chain rewritten and re-hashed from an entry before one of them no
 * longer has its hash there ("anchor-lost"), which the header's MAC alone cannot show, since the
 * vault key that makes the MAC opens with any user's password.
 */
export function verifyAuditChain(
  db: VaultDatabase,
  anchor: AuditTail,
  external: readonly ExternalAnchor[] = [],
): AuditVerification {
  let expectedSequence = 1;
  let previousHash = genesisHash;
  let checked = 0;
  const anchors = checkAnchors(db, external);
  const problem = (
    sequence: number,
    kind: NonNullable<AuditVerification['firstProblem']>['kind'],
  ): AuditVerification => ({
    ok: false,
    entriesChecked: checked,
    anchorSequence: anchor.sequence,
    firstProblem: { sequence, kind },
    anchors,
  });

  for (const row of db
    .prepare('SELECT * FROM audit_log ORDER BY sequence')
    .iterate() as IterableIterator<StoredAuditRow>) {
    if (row.sequence !== expectedSequence) return problem(expectedSequence, 'missing');
    if (auditHash(recordOfRow(row)) !== row.hash) return problem(row.sequence, 'changed');
    if (row.previous_hash !== previousHash) return problem(row.sequence, 'broken-link');
    if (row.sequence === anchor.sequence && row.hash !== anchor.hash) return problem(row.sequence, 'anchor-mismatch');
    previousHash = row.hash;
    expectedSequence += 1;
    checked += 1;
  }
  if (checked < anchor.sequence) return problem(checked + 1, 'truncated');
  const lost = anchors.filter((each) => !each.holds).sort((a, b) => a.sequence - b.sequence)[0];
  if (lost) return problem(lost.sequence, 'anchor-lost');
  return { ok: true, entriesChecked: checked, anchorSequence: anchor.sequence, firstProblem: null, anchors };
}

export interface AuditQuery {
  readonly event?: string;
  readonly userLogin?: string;
  /** ISO instants: from inclusive, before exclusive. */
  readonly from?: string;
  readonly before?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface ListedAuditEntry {
  readonly sequence: number;
  readonly at: string;
  readonly userLogin: string | null;
  readonly role: Role | null;
  readonly event: AuditEventId;
  readonly details: Record<string, unknown>;
}

/** Newest first, with the total that matches the filter (for paging). */
export function listAudit(db: VaultDatabase, query: AuditQuery): { total: number; entries: ListedAuditEntry[] } {
  const conditions: string[] = [];
  const parameters: Record<string, string | number> = { limit: query.limit, offset: query.offset };
  const filters = [
    ['event', 'event = @event'],
    ['userLogin', 'user_login = @userLogin'],
    ['from', 'at >= @from'],
    ['before', 'at < @before'],
  ] as const;
  for (const [key, condition] of filters) {
    const value = query[key];
    if (!value) continue;
    conditions.push(condition);
    parameters[key] = value;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { total } = db.prepare(`SELECT count(*) AS total FROM audit_log ${where}`).get(parameters) as { total: number };
  const rows = db
    .prepare(
      `SELECT sequence, at, user_login, role, event, details FROM audit_log ${where} ORDER BY sequence DESC LIMIT @limit OFFSET @offset`,
    )
    .all(parameters) as Array<Pick<StoredAuditRow, 'sequence' | 'at' | 'user_login' | 'role' | 'event' | 'details'>>;
  return {
    total,
    entries: rows.map((row) => ({
      sequence: row.sequence,
      at: row.at,
      userLogin: row.user_login,
      role: row.role as Role | null,
      event: row.event as AuditEventId,
      details: JSON.parse(row.details) as Record<string, unknown>,
    })),
  };
}
