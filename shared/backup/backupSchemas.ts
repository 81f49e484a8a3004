import { auditAnchorSchema } from '../audit/auditAnchor';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';
/** A folder or file on this workstation, as the archivist types it: absolute, one line. */
export const absolutePathSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .regex(/^(\/|[A-Za-z]:[\\/])[^\0\n\r]*$/, 'absolute path');

/** A backup inside the backup folder: a bare name, so no call can reach outside that folder. */
export const backupFileNameSchema = z
  .string()
  .regex(/^[\p{L}\p{N}_.-]+\.age$/u)
  .max(200)
  .refine((name) => !name.startsWith('.'));

/** What a backup may be opened with: the passphrase it was made with, or an archive key (AGE-SECRET-KEY-1…). */
export const backupKeySchema = z
  .object({
    passphrase: z.string().min(1).max(500).optional(),
    identity: z
      .string()
      .trim()
      .regex(/^AGE-SECRET-KEY-1[0-9A-Z]+$/)
      .optional(),
  })
  .strict()
  .refine((key) => (key.passphrase === undefined) !== (key.identity === undefined), 'one of passphrase, identity');

export const archiveRecipientSchema = z
  .object({
    id: idSchema,
    label: z.string(),
    /** The public half, age1…: what backups are encrypted to. */
    recipient: z.string(),
    createdAt: z.string(),
  })
  .strict();

export type ArchiveRecipient = z.infer<typeof archiveRecipientSchema>;

/** What a backup holds, read from its verified manifest. */
export const backupSummarySchema = z
  .object({
    fileName: z.string(),
    bytes: z.number().int(),
    createdAt: z.string(),
    appVersion: z.string(),
    vaultName: z.string(),
    campaigns: z.array(z.string()),
    counts: z.object({
      contests: z.number().int(),
      ballots: z.number().int(),
      seals: z.number().int(),
      auditEntries: z.number().int(),
    }),
    members: z.number().int(),
    signaturesVerified: z.number().int(),
    /** The audit chain's head when the backup was made: an anchor `audit verify --anchor` takes. */
    auditAnchor: auditAnchorSchema.nullable(),
    /** Whether this vault's history still leads to it (null: another vault's backup, or none recorded). */
    auditAnchorHolds: z.boolean().nullable(),
  })
  .strict();

export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupFolderStateSchema = z.enum(['unset', 'ok', 'missing', 'notWritable', 'full']);

/** The long tasks whose progress the screens and the command line follow. */
export const backupOperations = ['export', 'verify', 'restore'] as const;
export type BackupOperation = (typeof backupOperations)[number];

/**
 * What a long backup task reports it is doing: taking the snapshot, hashing it, writing the
 * encrypted archive, reading it back (verify and restore), the automatic backup before a
 * replacement, writing the files.
 */
export const backupPhases = ['snapshot', 'digest', 'write', 'verify', 'safety-backup', 'restore'] as const;
export type BackupPhase = (typeof backupPhases)[number];

export const backupProgressSchema = z
  .object({
    running: z.boolean(),
    /** export, verify, restore; then the step: snapshot, pack, encrypt, decrypt, check, write. */
    operation: z.enum(backupOperations).nullable(),
    phase: z.enum(backupPhases).nullable(),
    done: z.number(),
    total: z.number(),
  })
  .strict();
