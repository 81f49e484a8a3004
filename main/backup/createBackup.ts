import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { appVersion } from '../config/appIdentity';
import { fsyncDirectoryAsync } from '../base/privateFiles';
import { auditTail, type VaultMaintenance } from '../vault';
import { newAgeHeader } from './format/ageHeader';
import { checkEncryption, type BackupEncryption } from './backupKeys';
import {
  backupFormat,
  backupFormatVersion,
  memberNames,
  resultMemberName,
  type BackupManifest,
  type ManifestMember,
} from './backupManifest';
import { noProgress, type BackupProgress } from './backupProgress';
import { EncryptedTarWriter } from './format/encryptedTarWriter';
import { digestOf, fileChunks } from './format/fileChunks';
import { auditLines, describeSnapshot, sealedResults } from './snapshotContents';
import { type DuringCopy, snapshotVault, type SnapshotMethod } from './vaultSnapshot';

export interface CreatedBackup {
  readonly path: string;
  /** Bytes of the .age file. */
  readonly size: number;
  readonly manifest: BackupManifest;
}

export interface CreateBackupOptions {
  /** How the database is copied (see vaultSnapshot.ts): its encrypted pages beside the saves by default. */
  readonly snapshot?: SnapshotMethod;
  /** Tests only: runs while the database file is copied. */
  readonly duringCopy?: DuringCopy;
  readonly now?: () => Date;
}

interface PlannedMember {
  readonly name: string;
  readonly content: () => Buffer | Iterable<Buffer> | AsyncIterable<Buffer>;
}

/**
 * Exports the open vault to one age-encrypted file at `outputPath`: a ustar archive of
 * manifest.json (first), the header (so the restored vault opens with the same passwords and
 * recovery key), the database (a consistent snapshot, still encrypted with the vault key), the
 * audit log as JSON lines, and each seal record's canonical result, signature and certificate.
 * The file appears only when complete (written beside it under a temporary name, then renamed);
 * nothing unencrypted is written anywhere.
 */
export async function createBackup(
  vault: Pick<VaultMaintenance, 'withOpenVault'>,
  encryption: BackupEncryption,
  outputPath: string,
  onProgress: BackupProgress = noProgress,
  options: CreateBackupOptions = {},
): Promise<CreatedBackup> {
  checkEncryption(encryption);
  const path = resolve(outputPath);
  const folder = dirname(path);
  if (!statSync(folder).isDirectory()) throw new Error(`not a folder: ${folder}`);
  const { prefix, key } = await newAgeHeader(encryption);

  onProgress(0, 1, 'snapshot');
  const snapshot = await snapshotVault(vault, folder, options.snapshot, options.duringCopy);
  const partial = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    onProgress(1, 1, 'snapshot');
    const createdAt = options.now?.() ?? new Date();
    const description = await describeSnapshot(snapshot.db);
    const results = sealedResults(snapshot.db);
    const planned: PlannedMember[] = [
      { name: memberNames.header, content: () => Buffer.from(snapshot.headerText, 'utf8') },
      { name: memberNames.database, content: () => fileChunks(snapshot.databasePath) },
      { name: memberNames.audit, content: () => auditLines(snapshot.db) },
    ];
    for (const result of results) {
      const { contestId, sequence } = result;
      planned.push({ name: resultMemberName(contestId, sequence, 'json'), content: () => result.canonicalJson });
      if (result.signature && result.certificatePem) {
        const { signature, certificatePem } = result;
        planned.push({ name: resultMemberName(contestId, sequence, 'p7s'), content: () => signature });
        planned.push({ name: resultMemberName(contestId, sequence, 'pem'), content: () => certificatePem });
      }
    }

    const databaseSize = statSync(snapshot.databasePath).size;
    let hashed = 0;
    const members: ManifestMember[] = [];
    for (const member of planned) {
      const digest = await digestOf(toIterable(member.content()), (bytes) => {
        hashed += bytes;
        onProgress(Math.min(hashed, databaseSize), databaseSize, 'digest');
      });
      members.push({ name: member.name, ...digest });
    }
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      appVersion,
      schemaVersion: description.schemaVersion,
      createdAt: createdAt.toISOString(),
      vaultId: snapshot.header.vaultId,
      vaultName: snapshot.header.vaultName,
      campaigns: description.campaigns,
      counts: description.counts,
      auditAnchor: auditTail(snapshot.db),
      results: results.map((result) => ({
        contestId: result.contestId,
        sequence: result.sequence,
        digest: result.digest,
        signed: result.signature !== null,
        signerName: result.signerName,
      })),
      members,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

    const total = members.reduce((sum, member) => sum + member.size, manifestBytes.length);
    const file = await open(partial, 'wx', 0o600);
    try {
      const writer = new EncryptedTarWriter(file, prefix, key, createdAt);
      await writer.add(memberNames.manifest, manifestBytes.length, manifestBytes);
      for (const [index, member] of planned.entries()) {
        await writer.add(
          member.name,
          members[index]!.size,
          progressOf(toIterable(member.content()), writer, total, onProgress),
        );
      }
      await writer.finish();
      await file.sync();
    } finally {
      await file.close();
    }
    // The snapshot is read to the end: gone before the folder is flushed, so its unwritten pages
    // are dropped rather than written out by that flush (saves were waiting 0.4 s behind it).
    await snapshot.remove();
    await rename(partial, path);
    await fsyncDirectoryAsync(folder);
    onProgress(total, total, 'write');
    return { path, size: statSync(path).size, manifest };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    key.fill(0);
    await snapshot.remove();
  }
}

function toIterable(
  content: Buffer | Iterable<Buffer> | AsyncIterable<Buffer>,
): Iterable<Buffer> | AsyncIterable<Buffer> {
  return Buffer.isBuffer(content) ? [content] : content;
}

async function* progressOf(
  parts: Iterable<Buffer> | AsyncIterable<Buffer>,
  writer: EncryptedTarWriter,
  total: number,
  onProgress: BackupProgress,
): AsyncGenerator<Buffer> {
  for await (const part of parts) {
    yield part;
    onProgress(Math.min(writer.written, total), total, 'write');
  }
}
