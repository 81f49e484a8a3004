import { idSchema } from '../campaigns/campaignSchemas';
import { defineCall, noInput } from './define';
import { z } from './zodSetup';

const keepers = ['archivist', 'admin'] as const;

/** A folder or file on this workstation, as the archivist types it: absolute, one line. */
const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .regex(/^(\/|[A-Za-z]:[\\/])[^\0\n\r]*$/, 'absolute path');

/** A backup inside the backup folder: a bare name, so no call can reach outside that folder. */
const backupFileName = z
  .string()
  .regex(/^[\p{L}\p{N}_.-]+\.age$/u)
  .max(200)
  .refine((name) => !name.startsWith('.'));

/** What a backup may be opened with: the passphrase it was made with, or an archive key (AGE-SECRET-KEY-1…). */
const backupKeySchema = z
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
  })
  .strict();
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupFolderStateSchema = z.enum(['unset', 'ok', 'missing', 'notWritable', 'full']);

export const backupProgressSchema = z
  .object({
    running: z.boolean(),
    /** export, verify, restore; then the step: snapshot, pack, encrypt, decrypt, check, write. */
    operation: z.string().nullable(),
    phase: z.string().nullable(),
    done: z.number(),
    total: z.number(),
  })
  .strict();

export const backupCalls = {
  'backup.settings': defineCall({
    summary: 'Where backups go, how many automatic ones are kept, the archive recipients and the state of the folder.',
    input: noInput,
    output: z
      .object({
        folder: z.string().nullable(),
        keep: z.number().int(),
        folderState: backupFolderStateSchema,
        freeBytes: z.number().nullable(),
        recipients: z.array(archiveRecipientSchema),
        /** The last automatic backup (at a seal), or why it failed. */
        lastAutomatic: z
          .object({
            at: z.string(),
            fileName: z.string().nullable(),
            problem: z.object({ vi: z.string(), en: z.string() }).strict().nullable(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    access: ['archivist', 'admin', 'head'],
  }),
  'backup.configure': defineCall({
    summary: 'The backup folder (a USB drive, for example) and how many automatic backups to keep there.',
    input: z.object({ folder: absolutePath.nullable(), keep: z.number().int().min(1).max(100) }).strict(),
    output: z.object({ folder: z.string().nullable(), keep: z.number().int() }).strict(),
    access: keepers,
  }),
  'backup.generateKey': defineCall({
    summary:
      'A new archive key: the public half is kept as a recipient of every backup; the secret half is shown once, ' +
      'for the archivist to print and lock away (the vault never keeps it).',
    input: z.object({ label: z.string().trim().min(2).max(200) }).strict(),
    output: z.object({ recipient: archiveRecipientSchema, identity: z.string() }).strict(),
    access: keepers,
  }),
  'backup.addRecipient': defineCall({
    summary: 'Adds the public half (age1…) of an archive key made elsewhere, for example with age-keygen.',
    input: z
      .object({
        label: z.string().trim().min(2).max(200),
        recipient: z
          .string()
          .trim()
          .regex(/^age1[02-9ac-hj-np-z]{58}$/),
      })
      .strict(),
    output: archiveRecipientSchema,
    access: keepers,
  }),
  'backup.removeRecipient': defineCall({
    summary: 'Stops encrypting new backups to an archive key (existing backups stay readable with it).',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }).strict(),
    access: keepers,
  }),
  'backup.export': defineCall({
    summary:
      'A backup now, into the backup folder: a consistent snapshot, manifest, sealed results and audit log, ' +
      'encrypted to a passphrase or to the archive recipients.',
    // age allows a passphrase only as a file's sole recipient: one way or the other, never both.
    // `folder`: elsewhere than the backup folder, for a backup made by hand (the CLI's --out-dir).
    input: z.discriminatedUnion('to', [
      z
        .object({
          to: z.literal('passphrase'),
          passphrase: z.string().min(10).max(500),
          folder: absolutePath.optional(),
        })
        .strict(),
      z.object({ to: z.literal('recipients'), folder: absolutePath.optional() }).strict(),
    ]),
    output: backupSummarySchema,
    access: keepers,
  }),
  'backup.list': defineCall({
    summary: 'The backups in the backup folder, newest first.',
    input: noInput,
    output: z.array(z.object({ fileName: z.string(), bytes: z.number().int(), modifiedAt: z.string() }).strict()),
    access: keepers,
  }),
  'backup.verify': defineCall({
    summary: 'Checks a backup without restoring it: decrypts as a stream, every hash and every result signature.',
    input: z.object({ fileName: backupFileName, key: backupKeySchema }).strict(),
    output: backupSummarySchema,
    access: keepers,
  }),
  'backup.restore': defineCall({
    summary:
      'Restores a backup into a new, empty folder (never over the working vault); the restored vault opens with ' +
      'the passwords and recovery key it had.',
    input: z.object({ fileName: backupFileName, key: backupKeySchema, target: absolutePath }).strict(),
    output: backupSummarySchema.extend({ target: z.string() }),
    access: keepers,
  }),
  'backup.progress': defineCall({
    summary: 'How far the backup, verification or restore under way has got.',
    input: noInput,
    output: backupProgressSchema,
    access: keepers,
  }),
};
