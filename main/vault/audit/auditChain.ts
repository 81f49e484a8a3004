import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson';

export const genesisHash = '0'.repeat(64);

export interface AuditRecord {
  readonly sequence: number;
  readonly at: string;
  readonly userId: string | null;
  readonly userLogin: string | null;
  readonly role: string | null;
  readonly event: string;
  /** Canonical JSON text, exactly as stored. */
  readonly details: string;
  readonly previousHash: string;
}

/**
 * An entry's hash covers every field and the previous entry's hash, so changing, removing or
 * reordering any entry breaks every link after it. Recomputable with sha256sum over the
 * canonical JSON array [sequence, at, userId, userLogin, role, event, details, previousHash].
 */
export function auditHash(record: AuditRecord): string {
  const fields = [
    record.sequence,
    record.at,
    record.userId,
    record.userLogin,
    record.role,
    record.event,
    record.details,
    record.previousHash,
  ];
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}
