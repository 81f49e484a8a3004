import { AppError } from '../../shared/errors';
import type { AuditEventId } from '../../shared/audit/auditEvents';
import { appendAudit, auditHashAt, auditTail, type AuditActor, type AuditTail } from './audit/auditLog';
import type { UnsignedHeader } from './header/headerFormat';
import { signHeader, writeHeader } from './header/headerFile';
import type { OpenVault } from './openVault';
import type { VaultFiles } from './vaultFiles';

/**
 * The one open vault of a data directory, shared by the store, the keyring and the lock: the
 * database and key while unlocked (null while locked), and the header on disk, which every
 * change re-signs with the current key and the latest audit anchor.
 */
export class VaultHandle {
  opened: OpenVault | null = null;
  private anchorFlushScheduled = false;

  constructor(
    readonly dataDirectory: string,
    readonly files: VaultFiles,
    readonly now: () => Date,
  ) {}

  require(): OpenVault {
    if (!this.opened) throw new AppError('NOT_SIGNED_IN');
    return this.opened;
  }

  /** Appends an audit entry on its own (no other change goes with it). */
  appendAudit(
    opened: OpenVault,
    actor: AuditActor | null,
    event: AuditEventId,
    details: Record<string, unknown>,
  ): void {
    opened.db.transaction(() => appendAudit(opened.db, actor, event, details, this.now()))();
    this.scheduleAnchorFlush();
  }

  /** The header's anchor follows the log shortly after each write, off the hot path. */
  scheduleAnchorFlush(): void {
    if (this.anchorFlushScheduled) return;
    this.anchorFlushScheduled = true;
    setImmediate(() => {
      this.anchorFlushScheduled = false;
      if (this.opened) this.flushAnchor();
    });
  }

  /**
   * The anchor moves forward only along an intact log: if the entry it names is gone or
   * different (the log was cut or rewritten while the vault was closed), it stays where it is
   * as evidence, and `audit verify` reports the break.
   */
  private nextAnchor(opened: OpenVault): AuditTail {
    const anchor = opened.header.auditAnchor;
    if (anchor.sequence > 0 && auditHashAt(opened.db, anchor.sequence) !== anchor.hash) return anchor;
    return auditTail(opened.db);
  }

  /** Writes the latest audit sequence and hash into the header, authenticated with the vault key. */
  flushAnchor(): void {
    const opened = this.opened;
    if (!opened) return;
    const next = this.nextAnchor(opened);
    if (next.sequence === opened.header.auditAnchor.sequence && next.hash === opened.header.auditAnchor.hash) return;
    this.saveHeader(opened, (header) => header);
  }

  /** Every header write re-signs it with the current key and carries the current audit anchor. */
  saveHeader(opened: OpenVault, change: (header: UnsignedHeader) => UnsignedHeader): void {
    const { mac: _mac, ...unsigned } = opened.header;
    const changed = change(unsigned);
    const anchor = this.nextAnchor(opened);
    const next = signHeader({ ...changed, auditAnchor: { sequence: anchor.sequence, hash: anchor.hash } }, opened.key);
    writeHeader(this.files.header, next);
    opened.header = next;
  }
}
