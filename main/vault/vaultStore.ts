import type { AuditEventId } from '../../shared/audit/auditEvents';
import { Failure } from '../../shared/errors';
import { appendAudit, type AuditActor } from './audit/auditLog';
import type { VaultDatabase } from './database/openDatabase';
import type { VaultHandle } from './vaultHandle';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * The open database as a feature's store function sees it. A reader takes `ReadableDB`; a
 * function that changes anything takes `WritableDB`, which only `write()` hands out — so a
 * change cannot be made from inside a read, nor without its audit entry (as Signal Desktop
 * separates its readable and writable database types).
 */
export type ReadableDB = VaultDatabase & { readonly [readable]: true };
export type WritableDB = ReadableDB & { readonly [writable]: true };

/** What an audit entry records besides who and when; never ballot content. */
export type AuditDetails = Readonly<Record<string, unknown>>;

/** The narrow way every feature reaches the vault: consistent reads, and audited writes. */
export interface VaultStore {
  /** Reads inside one transaction (a consistent view). */
  read<T>(work: (db: ReadableDB) => T): T;
  /**
   * Every change goes through here: the work and its audit entry commit together (durably), or
   * neither does. Work that returns a Failure (an expected refusal) is rolled back, unaudited,
   * and the Failure returned. The header's audit anchor follows shortly after, off the hot path.
   */
  write<T>(
    actor: AuditActor | null,
    event: AuditEventId,
    details: AuditDetails | ((result: Exclude<T, Failure>) => AuditDetails),
    work: (db: WritableDB) => T,
  ): T;
}

/** Carries a Failure out of a transaction, which is rolled back on the way. */
class RolledBack extends Error {
  constructor(readonly failure: Failure) {
    super('rolled back');
  }
}

export function createVaultStore(handle: VaultHandle): VaultStore {
  return {
    read(work) {
      const db = handle.require().db as ReadableDB;
      return db.transaction(() => work(db))();
    },
    write<T>(
      actor: AuditActor | null,
      event: AuditEventId,
      details: AuditDetails | ((result: Exclude<T, Failure>) => AuditDetails),
      work: (db: WritableDB) => T,
    ): T {
      const db = handle.require().db as WritableDB;
      let result: T;
      try {
        result = db.transaction(() => {
          const value = work(db);
          if (value instanceof Failure) throw new RolledBack(value);
          const audited = typeof details === 'function' ? details(value as Exclude<T, Failure>) : details;
          appendAudit(db, actor, event, audited, handle.now());
          return value;
        })();
      } catch (error) {
        if (error instanceof RolledBack) return error.failure as T;
        throw error;
      }
      handle.scheduleAnchorFlush();
      return result;
    },
  };
}
