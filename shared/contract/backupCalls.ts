import {
  absolutePathSchema,
  backupFileNameSchema,
  backupKeySchema,
  archiveRecipientSchema,
  backupFolderStateSchema,
  backupProgressSchema,
  backupSummarySchema,
} from '../backup/backupSchemas';
import { idSchema, bilingualSchema, noInput } from '../schema/common';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

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
            problem: bilingualSchema.nullable(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    access: access.recordReaders,
    errors: [],
  }),
  'backup.configure': defineCall({
    summary: 'The backup folder (a USB drive, for example) and how many automatic backups to keep there.',
    input: z.object({ folder: absolutePathSchema.nullable(), keep: z.number().int().min(1).max(100) }).strict(),
    output: z.object({ folder: z.string().nullable(), keep: z.number().int() }).strict(),
    access: access.archiveKeepers,
    errors: [],
  }),
  'backup.generateKey': defineCall({
    summary:
      'A new archive key: the public half is kept as a recipient of every backup; the secret half is shown once, ' +
      'for the archivist to print and lock away (the vault never keeps it).',
    input: z.object({ label: z.string().trim().min(2).max(200) }).strict(),
    output: z.object({ recipient: archiveRecipientSchema, identity: z.string() }).strict(),
    access: access.archiveKeepers,
    errors: [],
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
    access: access.archiveKeepers,
    errors: ['RECIPIENT_EXISTS'],
  }),
  'backup.removeRecipient': defineCall({
    summary: 'Stops encrypting new backups to an archive key (existing backups stay readable with it).',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }).strict(),
    access: access.archiveKeepers,
    errors: ['RECIPIENT_NOT_FOUND'],
  }),
  'backup.export': defineCall({
    summary:
      'A backup now, into the backup folder: a consistent snapshot, manifest, sealed results and audit log, ' +
      'encrypted to a passphrase or to the archive recipients.',
    // age allows a passphrase only as a file's sole recipient: one way or the other, never both.
    // `folder`: elsewhere than the backup folder, for a backup made by hand (the CLI's --out-dir).
    // `compact`: the database rewritten without free pages (VACUUM INTO: slower, and it holds the
    // keying for seconds); otherwise its encrypted pages are copied as they are, beside the keying.
    input: z.discriminatedUnion('to', [
      z
        .object({
          to: z.literal('passphrase'),
          passphrase: z.string().min(10).max(500),
          folder: absolutePathSchema.optional(),
          compact: z.boolean().optional(),
        })
        .strict(),
      z
        .object({ to: z.literal('recipients'), folder: absolutePathSchema.optional(), compact: z.boolean().optional() })
        .strict(),
    ]),
    output: backupSummarySchema,
    access: access.archiveKeepers,
    errors: ['BACKUP_BUSY', 'BACKUP_FOLDER_UNAVAILABLE', 'BACKUP_NO_RECIPIENTS'],
  }),
  'backup.list': defineCall({
    summary: 'The backups in the backup folder, newest first.',
    input: noInput,
    output: z.array(z.object({ fileName: z.string(), bytes: z.number().int(), modifiedAt: z.string() }).strict()),
    access: access.archiveKeepers,
    errors: [],
  }),
  'backup.verify': defineCall({
    summary: 'Checks a backup without restoring it: decrypts as a stream, every hash and every result signature.',
    input: z.object({ fileName: backupFileNameSchema, key: backupKeySchema }).strict(),
    output: backupSummarySchema,
    access: access.archiveKeepers,
    errors: ['BACKUP_BUSY', 'BACKUP_DAMAGED', 'BACKUP_NOT_AGE', 'BACKUP_NOT_FOUND', 'BACKUP_WRONG_KEY', 'NOT_FOUND'],
  }),
  'backup.restore': defineCall({
    summary:
      'Restores a backup into a new, empty folder (never over the working vault); the restored vault opens with ' +
      'the passwords and recovery key it had.',
    input: z.object({ fileName: backupFileNameSchema, key: backupKeySchema, target: absolutePathSchema }).strict(),
    output: backupSummarySchema.extend({ target: z.string() }),
    access: access.archiveKeepers,
    errors: [
      'BACKUP_BUSY',
      'BACKUP_DAMAGED',
      'BACKUP_NOT_AGE',
      'BACKUP_NOT_FOUND',
      'BACKUP_TARGET_NOT_EMPTY',
      'BACKUP_WRONG_KEY',
      'NOT_FOUND',
    ],
  }),
  'backup.progress': defineCall({
    summary: 'How far the backup, verification or restore under way has got.',
    input: noInput,
    output: backupProgressSchema,
    access: access.archiveKeepers,
    errors: [],
  }),
  'backup.verifyFile': defineCall({
    summary: 'Checks a backup file anywhere on this machine, as `backup.verify` does; no vault needed.',
    input: z.object({ path: absolutePathSchema, key: backupKeySchema }).strict(),
    output: backupSummarySchema,
    access: access.everyone,
    errors: ['BACKUP_BUSY', 'BACKUP_DAMAGED', 'BACKUP_NOT_AGE', 'BACKUP_WRONG_KEY', 'NOT_FOUND'],
    shells: ['cli'],
  }),
  'backup.restoreFile': defineCall({
    summary: 'Restores a backup file into a new, empty folder, as `backup.restore` does; no vault needed.',
    input: z.object({ path: absolutePathSchema, key: backupKeySchema, target: absolutePathSchema }).strict(),
    output: backupSummarySchema.extend({ target: z.string() }),
    access: access.everyone,
    errors: [
      'BACKUP_BUSY',
      'BACKUP_DAMAGED',
      'BACKUP_NOT_AGE',
      'BACKUP_TARGET_NOT_EMPTY',
      'BACKUP_WRONG_KEY',
      'NOT_FOUND',
    ],
    shells: ['cli'],
  }),
  'backup.restoreOver': defineCall({
    summary:
      'Replaces the working vault with a backup: only after the vault’s name is typed back, and only after a ' +
      'backup of the vault being replaced, to its archive keys, beside the data folder.',
    input: z.object({ path: absolutePathSchema, key: backupKeySchema, vaultName: z.string().max(200) }).strict(),
    output: backupSummarySchema.extend({ safetyBackup: z.string().nullable() }),
    access: access.archiveKeepers,
    errors: [
      'INVALID_INPUT',
      'BACKUP_BUSY',
      'BACKUP_DAMAGED',
      'BACKUP_NOT_AGE',
      'BACKUP_NO_RECIPIENTS',
      'BACKUP_TARGET_NOT_EMPTY',
      'BACKUP_WRONG_KEY',
      'NOT_FOUND',
    ],
    shells: ['cli'],
  }),
};
