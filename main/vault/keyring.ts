import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import type { AuditEventId } from '../../shared/audit/auditEvents';
import { AppError } from '../../shared/errors';
import type { UserSummary } from '../../shared/users/userSchemas';
import { ensurePrivateDirectory, removeStaleTemporaryFiles } from '../base/privateFiles';
import type { AuditActor } from './audit/auditLog';
import { createNewVault, type NewVaultInput } from './createNewVault';
import { parseRecoveryKey } from './crypto/recoveryKey';
import { latestVersion, migrate, schemaVersion } from './database/migrations';
import { copyBeforeUpgrade } from './copyBeforeUpgrade';
import { openEncryptedDatabase, rekeyDatabase, UnreadableDatabase, type VaultDatabase } from './database/openDatabase';
import type { KeySlot, VaultHeader } from './header/headerFormat';
import { headerIsAuthentic, readHeader } from './header/headerFile';
import {
  createPasswordSlot,
  onlyVaultKey,
  unlockWithPassword,
  unlockWithRecoveryKey,
  vaultKeysOf,
  withVaultKey,
  type ScryptCost,
} from './header/keySlots';
import type { OpenVault } from './openVault';
import type { SignInAttempts } from './signInAttempts';
import { activeUserById, activeUserByLogin } from './userRecords';
import type { VaultHandle } from './vaultHandle';
import type { VaultLock } from './vaultLock';
import type { ReadableDB, VaultStore } from './vaultStore';

const recoveryAccount = '#recovery';

/** The steps of a key rotation between which a crash must leave a vault that opens. */
export type RotationStep = 'after-envelopes' | 'after-rekey';

export interface KeyringOptions {
  /** Lower only in tests; the header records the cost used for each slot. */
  readonly scryptCost?: ScryptCost;
  /** Called at each step of a key rotation: the crash tests throw from here. */
  readonly faultPoint?: (step: RotationStep) => void;
}

/**
 * The vault's keys: creating the vault, unlocking it with a password or the recovery key, the
 * key slots of users, and rotating the vault key. Key material exists only while unlocked.
 */
export class Keyring {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly handle: VaultHandle,
    private readonly store: VaultStore,
    private readonly lock: VaultLock,
    private readonly attempts: SignInAttempts,
    private readonly options: KeyringOptions = {},
  ) {}

  /** The vault's name as written in its header, for the sign-in screen (null if absent or unreadable). */
  vaultName(): string | null {
    if (this.handle.opened) return this.handle.opened.header.vaultName;
    if (this.lock.state() === 'absent') return null;
    try {
      return readHeader(this.handle.files.header).vaultName;
    } catch {
      return null;
    }
  }

  /** State changes run one at a time, even when their key derivation is asynchronous. */
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  create(input: NewVaultInput): Promise<{ admin: UserSummary; recoveryKey: string }> {
    return this.serialize(async () => {
      if (this.lock.state() !== 'absent') throw new AppError('VAULT_EXISTS');
      ensurePrivateDirectory(this.handle.dataDirectory);
      const { files } = this.handle;
      if (existsSync(files.database)) {
        // A database without a header is a creation that never finished: keep it aside, never delete.
        renameSync(files.database, `${files.database}.orphaned-${this.handle.now().getTime()}`);
      }
      const created = await createNewVault(files, input, this.handle.now(), this.options.scryptCost);
      this.handle.opened = created.opened;
      this.lock.restartIdleTimer();
      return { admin: created.admin, recoveryKey: created.recoveryKey };
    });
  }

  signIn(login: string, password: string): Promise<UserSummary> {
    return this.serialize(async () => {
      this.refuseWhileBackingOff(login);
      const header = readHeader(this.handle.files.header);
      const slot = header.slots.find((candidate) => candidate.kind === 'user' && candidate.login === login);
      const pair = slot
        ? await unlockWithPassword(slot, header.vaultId, password)
        : await this.spendEqualTime(header, password);
      if (!slot || !pair) {
        this.attempts.recordFailure(login);
        throw new AppError('WRONG_PASSWORD');
      }
      const keys = vaultKeysOf(slot, header.vaultId, pair);
      pair.privateKey.fill(0);
      const opened = this.handle.opened ?? this.openWith(header, keys);
      const holdsOpenKey = keys.some((key) => key.length === opened.key.length && timingSafeEqual(key, opened.key));
      for (const key of keys) key.fill(0);
      if (!holdsOpenKey) throw new AppError('HEADER_DAMAGED', { path: this.handle.files.header });
      const user = slot.userId ? activeUserById(opened.db as ReadableDB, slot.userId) : null;
      if (!user) {
        this.attempts.recordFailure(login);
        throw new AppError('WRONG_PASSWORD');
      }
      this.handle.opened = opened;
      const failures = this.attempts.recordSuccess(login);
      this.recordSignIn(user, 'session.signedIn', failures);
      this.lock.restartIdleTimer();
      return user;
    });
  }

  /** Forgotten password: the recovery key from the envelope in the safe unlocks and sets a new one. */
  signInWithRecoveryKey(recoveryKeyText: string, login: string, newPassword: string): Promise<UserSummary> {
    return this.serialize(async () => {
      const parsed = parseRecoveryKey(recoveryKeyText);
      if (!parsed.ok) throw new AppError('RECOVERY_KEY_MISTYPED');
      this.refuseWhileBackingOff(recoveryAccount);
      const header = readHeader(this.handle.files.header);
      const slot = header.slots.find((candidate) => candidate.kind === 'recovery');
      const pair = slot ? unlockWithRecoveryKey(slot, header.vaultId, parsed.key) : null;
      parsed.key.fill(0);
      if (!slot || !pair) {
        this.attempts.recordFailure(recoveryAccount);
        throw new AppError('WRONG_RECOVERY_KEY');
      }
      const keys = vaultKeysOf(slot, header.vaultId, pair);
      pair.privateKey.fill(0);
      const opened = this.handle.opened ?? this.openWith(header, keys);
      const user = activeUserByLogin(opened.db as ReadableDB, login);
      for (const key of keys) key.fill(0);
      if (!user) {
        if (!this.handle.opened) {
          opened.db.close();
          opened.key.fill(0);
        }
        throw new AppError('USER_NOT_FOUND');
      }
      this.handle.opened = opened;
      this.attempts.recordSuccess(recoveryAccount);
      this.attempts.recordSuccess(login);
      await this.installUserSlot(user, newPassword);
      this.recordSignIn(user, 'session.signedInWithRecoveryKey', 0);
      this.lock.restartIdleTimer();
      return user;
    });
  }

  private refuseWhileBackingOff(account: string): void {
    const seconds = this.attempts.waitSeconds(account);
    if (seconds > 0) throw new AppError('LOCKED_OUT', { seconds });
  }

  /** An unknown login costs as much as a wrong password, so timing does not reveal who exists. */
  private async spendEqualTime(header: VaultHeader, password: string): Promise<null> {
    const someSlot = header.slots.find((candidate) => candidate.kind === 'user');
    if (someSlot) await unlockWithPassword(someSlot, randomUUID(), password);
    return null;
  }

  /** Opens the database with the first of the slot's keys that authenticates the header and reads it. */
  private openWith(header: VaultHeader, keys: Buffer[]): OpenVault {
    const { files } = this.handle;
    // Copies of the header or the sign-in record a killed process left half-written: never read, cleared here.
    removeStaleTemporaryFiles(this.handle.dataDirectory);
    const authentic = keys.filter((key) => headerIsAuthentic(header, key));
    if (authentic.length === 0) throw new AppError('HEADER_DAMAGED', { path: files.header });
    for (const key of keys) {
      let db: VaultDatabase;
      try {
        db = openEncryptedDatabase(files.database, key, { create: false });
      } catch (error) {
        if (error instanceof UnreadableDatabase) continue;
        throw error;
      }
      let upgrade: { fromSchema: number; toSchema: number; copy: string } | null = null;
      try {
        // A vault an older version left: kept as it is before its schema changes (a newer one is
        // refused by migrate, untouched).
        const from = schemaVersion(db);
        if (from > 0 && from < latestVersion) {
          const schema = { from, to: latestVersion };
          const copy = copyBeforeUpgrade(db, files, this.handle.dataDirectory, schema, this.handle.now());
          upgrade = { fromSchema: from, toSchema: latestVersion, copy };
        }
        migrate(db);
        const vaultId = db.prepare(`SELECT value FROM vault_meta WHERE key = 'vault_id'`).get() as
          { value: string } | undefined;
        if (vaultId?.value !== header.vaultId) throw new AppError('VAULT_DAMAGED', { path: files.database });
      } catch (error) {
        db.close();
        if (error instanceof AppError) throw error;
        throw new AppError('VAULT_DAMAGED', { path: files.database });
      }
      const opened: OpenVault = { db, key: Buffer.from(key), header };
      if (upgrade) this.handle.appendAudit(opened, null, 'vault.upgraded', upgrade);
      if (header.slots.some((slot) => slot.vaultKeys.length > 1)) this.finishInterruptedRotation(opened);
      return opened;
    }
    throw new AppError('VAULT_DAMAGED', { path: files.database });
  }

  private finishInterruptedRotation(opened: OpenVault): void {
    this.handle.saveHeader(opened, (header) => ({
      ...header,
      slots: header.slots.map((slot) => onlyVaultKey(slot, opened.key)),
    }));
    this.handle.appendAudit(opened, null, 'vault.headerRepaired', {});
  }

  private recordSignIn(user: UserSummary, event: AuditEventId, failures: number): void {
    this.store.write(user, event, {}, () => undefined);
    if (failures > 0) this.store.write(user, 'session.failedAttempts', { failures }, () => undefined);
  }

  /** Gives a user a fresh key slot under a new password (add, change, reset). */
  replaceUserSlot(user: Pick<UserSummary, 'id' | 'login'>, password: string): Promise<void> {
    // Serialised with key rotation, so that no slot is sealed to a key that is being replaced.
    return this.serialize(() => this.installUserSlot(user, password));
  }

  private async installUserSlot(user: Pick<UserSummary, 'id' | 'login'>, password: string): Promise<void> {
    const opened = this.handle.require();
    const slot = await createPasswordSlot({
      vaultId: opened.header.vaultId,
      userId: user.id,
      login: user.login,
      password,
      vaultKey: opened.key,
      ...(this.options.scryptCost ? { cost: this.options.scryptCost } : {}),
    });
    this.handle.saveHeader(opened, (header) => ({
      ...header,
      slots: [...header.slots.filter((existing) => existing.userId !== user.id), slot],
    }));
  }

  /** Confirms a signed-in user's password (before changing it); failures count like sign-ins. */
  async checkPassword(login: string, password: string): Promise<void> {
    this.refuseWhileBackingOff(login);
    const opened = this.handle.require();
    const slot = opened.header.slots.find((candidate) => candidate.kind === 'user' && candidate.login === login);
    const pair = slot ? await unlockWithPassword(slot, opened.header.vaultId, password) : null;
    if (!pair) {
      this.attempts.recordFailure(login);
      throw new AppError('WRONG_PASSWORD');
    }
    pair.privateKey.fill(0);
    this.attempts.recordSuccess(login);
  }

  removeUserSlot(userId: string): void {
    const opened = this.handle.require();
    this.handle.saveHeader(opened, (header) => ({
      ...header,
      slots: header.slots.filter((slot) => slot.userId !== userId),
    }));
  }

  /**
   * New vault key: every slot first gets an envelope of the new key beside the old (header
   * written), then the database is re-keyed, then the old envelopes go. A crash at any point
   * leaves a vault that opens; the next unlock finishes the job.
   */
  rotateKey(actor: AuditActor): Promise<void> {
    const reached = (step: RotationStep) => this.options.faultPoint?.(step);
    return this.serialize(async () => {
      const opened = this.handle.require();
      const newKey = randomBytes(32);
      const vaultId = opened.header.vaultId;
      this.handle.saveHeader(opened, (header) => ({
        ...header,
        slots: header.slots.map((slot: KeySlot) => withVaultKey(slot, vaultId, newKey)),
      }));
      reached('after-envelopes');
      rekeyDatabase(opened.db, newKey);
      reached('after-rekey');
      opened.key.fill(0);
      opened.key = newKey;
      this.handle.saveHeader(opened, (header) => ({
        ...header,
        slots: header.slots.map((slot) => onlyVaultKey(slot, newKey)),
      }));
      this.store.write(actor, 'vault.keyRotated', {}, () => undefined);
      this.handle.flushAnchor();
    });
  }
}
