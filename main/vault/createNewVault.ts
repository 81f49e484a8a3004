import type { WritableDB } from './vaultStore';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { UserSummary } from '../../shared/users/userSchemas';
import { ensurePrivateDirectory, fsyncDirectory } from '../base/privateFiles';
import { appendAudit } from './audit/auditLog';
import { generateRecoveryKey } from './crypto/recoveryKey';
import { migrate } from './database/migrations';
import { openEncryptedDatabase } from './database/openDatabase';
import type { UnsignedHeader } from './header/headerFormat';
import { readHeader, signHeader, writeHeader } from './header/headerFile';
import { createPasswordSlot, createRecoverySlot, type ScryptCost } from './header/keySlots';
import type { OpenVault } from './openVault';
import { insertUser } from './userRecords';
import type { VaultFiles } from './vaultFiles';

export interface NewVaultInput {
  readonly vaultName: string;
  readonly admin: { readonly login: string; readonly fullName: string; readonly password: string };
}

/**
 * Builds a complete vault in a private staging folder (database with its first admin and audit
 * entries, header with the admin's slot and the recovery slot), then moves the database and,
 * last, the header into place: the header's arrival is the moment the vault exists.
 */
export async function createNewVault(
  files: VaultFiles,
  input: NewVaultInput,
  now: Date,
  cost?: ScryptCost,
): Promise<{ opened: OpenVault; admin: UserSummary; recoveryKey: string }> {
  const vaultId = randomUUID();
  const key = randomBytes(32);
  const recovery = generateRecoveryKey();
  const admin: UserSummary = {
    id: randomUUID(),
    login: input.admin.login,
    fullName: input.admin.fullName,
    role: 'admin',
    createdAt: now.toISOString(),
  };
  const slots = [
    await createPasswordSlot({
      vaultId,
      userId: admin.id,
      login: admin.login,
      password: input.admin.password,
      vaultKey: key,
      ...(cost ? { cost } : {}),
    }),
    createRecoverySlot({ vaultId, recoveryKey: recovery.key, vaultKey: key }),
  ];
  recovery.key.fill(0);

  const folder = dirname(files.database);
  const staging = join(folder, `.vault-creating-${randomBytes(6).toString('hex')}`);
  ensurePrivateDirectory(staging);
  try {
    const stagedDatabase = join(staging, basename(files.database));
    const db = openEncryptedDatabase(stagedDatabase, key, { create: true });
    let anchor;
    try {
      migrate(db);
      anchor = db.transaction(() => {
        const meta = db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?)');
        meta.run('vault_id', vaultId);
        meta.run('vault_name', input.vaultName);
        meta.run('created_at', now.toISOString());
        insertUser(db as WritableDB, admin);
        appendAudit(db, admin, 'vault.created', { vaultId, vaultName: input.vaultName }, now);
        return appendAudit(db, admin, 'user.added', { userId: admin.id, login: admin.login, role: admin.role }, now);
      })();
    } finally {
      db.close();
    }
    const header: UnsignedHeader = {
      format: 'kiem-phieu-vault-header',
      version: 1,
      vaultId,
      vaultName: input.vaultName,
      createdAt: now.toISOString(),
      database: { file: basename(files.database), cipher: 'sqlcipher', legacy: 4 },
      slots,
      auditAnchor: anchor,
    };
    const stagedHeader = join(staging, basename(files.header));
    writeHeader(stagedHeader, signHeader(header, key));

    renameSync(stagedDatabase, files.database);
    if (existsSync(`${stagedDatabase}-wal`)) renameSync(`${stagedDatabase}-wal`, `${files.database}-wal`);
    renameSync(stagedHeader, files.header);
    fsyncDirectory(folder);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  const db = openEncryptedDatabase(files.database, key, { create: false });
  return { opened: { db, key, header: readHeader(files.header) }, admin, recoveryKey: recovery.text };
}
