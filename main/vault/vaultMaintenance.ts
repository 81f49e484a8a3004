import type { AuditVerification } from '../../shared/audit/auditReport';
import { type ExternalAnchor, verifyAuditChain } from './audit/auditLog';
import type { VaultHeader } from './header/headerFormat';
import type { OpenVault } from './openVault';
import type { VaultHandle } from './vaultHandle';

/** What checks and archives need beyond reads and writes: the raw checks, the header, a snapshot moment. */
export class VaultMaintenance {
  constructor(private readonly handle: VaultHandle) {}

  /** The chain, the header's anchor, and the anchors kept outside the vault (signed results, prints, backups). */
  verifyAudit(external: readonly ExternalAnchor[] = []): AuditVerification {
    const opened = this.handle.require();
    return verifyAuditChain(opened.db, opened.header.auditAnchor, external);
  }

  integrityCheck(): string[] {
    const { db } = this.handle.require();
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  }

  /** The header as last written (for the archive). */
  header(): VaultHeader {
    return this.handle.require().header;
  }

  /**
   * For a backup snapshot: `work` runs synchronously (no write can come between) with the open
   * database outside any transaction, and the header with its audit anchor brought up to date.
   */
  withOpenVault<T>(work: (opened: Readonly<OpenVault>) => T): T {
    const opened = this.handle.require();
    this.handle.flushAnchor();
    return work(opened);
  }
}
