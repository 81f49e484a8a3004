import type { AirGapStatus } from '../../shared/app/airGap';
import { listAudit, type ReadableDB, type VaultStore } from '../vault';

/** Whether the audit's latest air-gap entry says online (a vault without one has only known the machine offline). */
function lastRecordedOnline(db: ReadableDB): boolean {
  const latest = (event: 'airGap.online' | 'airGap.offline') =>
    listAudit(db, { event, limit: 1, offset: 0 }).entries[0]?.sequence ?? 0;
  return latest('airGap.online') > latest('airGap.offline');
}

/**
 * Writes one audit entry per change of the air-gap check (online, then offline again), with
 * what was seen: never one per check. The audit lives in the vault, so a change is written
 * when the vault is open — at once, or at the first check or call after the next sign-in; a
 * period online that begins and ends while the vault is locked leaves no entry (nothing could
 * be keyed or sealed then). What the audit last says is read once per unlock, so a restart or
 * a command-line run does not write the same change again.
 */
export class AirGapRecorder {
  /** Online or not, as the open vault's audit last says; null until read after an unlock. */
  private recorded: boolean | null = null;

  constructor(
    private readonly store: VaultStore,
    private readonly vaultOpen: () => boolean,
  ) {}

  /** The vault locked: the next one opened may say something else. */
  forget(): void {
    this.recorded = null;
  }

  record(status: AirGapStatus): void {
    if (!this.vaultOpen()) return;
    this.recorded ??= this.store.read(lastRecordedOnline);
    if (this.recorded === status.online) return;
    const { since, simulated } = status;
    // The findings as the checks gave them (interface names and addresses need no translation).
    const findings = status.checks.filter((check) => check.outside).map(({ check, seen }) => ({ check, seen }));
    const details = status.online ? { since, simulated, findings } : { since, simulated };
    this.store.write(null, status.online ? 'airGap.online' : 'airGap.offline', details, () => undefined);
    this.recorded = status.online;
  }
}
