import { auditAnchorSchema } from '../../shared/audit/auditAnchor';
import { z } from '../../shared/schema/z';

/** manifest.json, the first member of every backup: what it holds and the hash of each member. */

export const backupFormat = 'kiem-phieu-backup';
export const backupFormatVersion = 1;

export const memberNames = {
  manifest: 'manifest.json',
  header: 'vault.header.json',
  database: 'vault.db',
  audit: 'audit.jsonl',
} as const;

/** results/<contest id>-<sequence>.json (the canonical result), .p7s (its signature), .pem (the signer's certificate). */
export function resultMemberName(contestId: string, sequence: number, kind: 'json' | 'p7s' | 'pem'): string {
  return `results/${contestId}-${sequence}.${kind}`;
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const manifestSchema = z
  .object({
    format: z.literal(backupFormat),
    formatVersion: z.number().int().min(1),
    appVersion: z.string().max(50),
    schemaVersion: count,
    createdAt: z.string().max(40),
    vaultId: z.uuid(),
    vaultName: z.string().max(200),
    campaigns: z.array(z.string().max(300)).max(10_000),
    counts: z.object({ campaigns: count, contests: count, ballots: count, seals: count, auditEntries: count }).strict(),
    /** The audit chain's head in the snapshot (absent from backups made before it was recorded). */
    auditAnchor: auditAnchorSchema.optional(),
    results: z
      .array(
        z
          .object({
            contestId: z.string().regex(/^[0-9a-f-]{36}$/),
            sequence: z.number().int().min(1),
            digest: sha256Hex,
            signed: z.boolean(),
            signerName: z.string().max(300).nullable(),
          })
          .strict(),
      )
      .max(100_000),
    members: z
      .array(z.object({ name: z.string().regex(/^[\x21-\x7e]{1,100}$/), size: count, sha256: sha256Hex }).strict())
      .max(400_000),
  })
  .strict();

export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestMember = BackupManifest['members'][number];
export type ManifestResult = BackupManifest['results'][number];
export type BackupCounts = BackupManifest['counts'];
