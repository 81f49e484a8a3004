import { statSync } from 'node:fs';
import type { BackupSummary } from '../../shared/backup/backupSchemas';
import type { BackupManifest } from './backupManifest';
import type { VerifiedBackup } from './verifyBackup';

/** What a backup holds, as the screens and the CLI report it, from its manifest. */
export function summaryOf(
  fileName: string,
  bytes: number,
  manifest: BackupManifest,
  signaturesVerified: number,
): BackupSummary {
  return {
    fileName,
    bytes,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    vaultName: manifest.vaultName,
    campaigns: manifest.campaigns,
    counts: {
      contests: manifest.counts.contests,
      ballots: manifest.counts.ballots,
      seals: manifest.counts.seals,
      auditEntries: manifest.counts.auditEntries,
    },
    members: manifest.members.length + 1,
    signaturesVerified,
    auditAnchor: manifest.auditAnchor ?? null,
    auditAnchorHolds: null,
  };
}

/** The summary of a backup that has just been checked: its size on disk and its valid signatures. */
export function verifiedSummary(fileName: string, path: string, verified: VerifiedBackup): BackupSummary {
  const signatures = verified.results.filter((result) => result.signed).length;
  return summaryOf(fileName, statSync(path).size, verified.manifest, signatures);
}
