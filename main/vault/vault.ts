import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import type { AuditEventId } from '../../shared/audit/auditEvents';
import type { AuditVerification } from '../../shared/audit/auditReport';
import { AppError } from '../../shared/errors';
import type { UserSummary } from '../../shared/users/userSchemas';
import type { VaultState } from '../../shared/vault/vaultStates';
import { ensurePrivateDirectory } from '../base/privateFiles';
import {
  appendAudit,
  auditHashAt,
  auditTail,
  verifyAuditChain,
  type AuditActor,
  type AuditTail,
} from './audit/auditLog';
import { parseRecoveryKey } from './crypto/recoveryKey';
import { migrate } from './database/migrations';
import { openEncryptedDatabase, rekeyDatabase, UnreadableDatabase, type VaultDatabase } from './database/openDatabase';
import type { KeySlot, UnsignedHeader, VaultHeader } from './header/headerFormat';
import { headerIsAuthentic, readHeader, signHeader, writeHeader } from './header/headerFile';
import {
  createPasswordSlot,
  onlyVaultKey,
  unlockWithPassword,
  unlockWithRecoveryKey,
  vaultKeysOf,
  withVaultKey,
  type ScryptCost,
} from './header/keySlots';
import { createNewVault, type NewVaultInput } from './createNewVault';
import type { OpenVault } from './openVault';
import { createSignInAttempts, type SignInAttempts } from './signInAttempts';
import { idleLockSeconds } from './settingsRecords';
import { activeUserById, activeUserByLogin } from './userRecords';
import { vaultExists, vaultFiles, type VaultFiles } from './vaultFiles';

/** What an audit entry records besides who and when; never ballot content. */
export type AuditDetails = Readonly<Record<string, unknown>>;

export type LockReason = 'signed-out' | 'idle' | 'manual' | 'closed';

export interface VaultOptions {
  readonly dataDirectory: string;
  /** Lower only in tests; the header records the cost used for each slot. */
  readonly scryptCost?: ScryptCost;
  readonly now?: () => Date;
  /** Called after the vault has locked, so the core can sign every session out. */
  readonly onLock?: (reason: LockReason) => void;
}

const recoveryAccount = '#recovery';

/**
 * The one encrypted vault of a data directory, and its lifecycle: create, unlock (password or
 * recovery key), lock (by hand, on sign-out, when idle), and every write, which appends its
 * audit entry in the same transaction. Key material exists only while unlocked and is wiped on
 * lock.
 */
export class Vault {
  readonly files: VaultFiles;
  private readonly attempts: SignInAttempts;
  private readonly now: () => Date;
  private opened: OpenVault | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private anchorFlushScheduled = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: VaultOptions) {
    this.files = vaultFiles(options.dataDirectory);
    this.now = options.now ?? (() => new Date());
    this.attempts = createSignInAttempts(this.files.attempts, () => this.now().getTime());
  }

  state(): VaultState {
    if (this.opened) return 'unlocked';
    return vaultExists(this.options.dataDirectory) ? 'locked' : 'absent';
  }

  /** The vault's name as written in its header, for the sign-in screen (null if absent or unreadable). */
  vaultName(): string | null {
    if (this.opened) return this.opened.header.vaultName;
    if (!vaultExists(this.options.dataDirectory)) return null;
    try {
      return readHeader(this.files.header).vaultName;
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
      if (this.state() !== 'absent') throw new AppError('VAULT_EXISTS');
      ensurePrivateDirectory(this.options.dataDirectory);
      if (existsSync(this.files.database)) {
        // A database without a header is a creation that never finished: keep it aside, never delete.
        renameSync(this.files.database, `${this.files.database}.orphaned-${this.now().getTime()}`);
      }
      const created = await createNewVault(this.files, input, this.now(), this.options.scryptCost);
      this.opened = created.opened;
      this.startIdleTimer();
      return { admin: created.admin, recoveryKey: created.recoveryKey };
    });
  }

  signIn(login: string, password: string): Promise<UserSummary> {
    return this.serialize(async () => {
      this.refuseWhileBackingOff(login);
      const header = readHeader(this.files.header);
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
      const opened = this.opened ?? this.openWith(header, keys);
      const holdsOpenKey = keys.some((key) => key.length === opened.key.length && timingSafeEqual(key, opened.key));
      for (const key of keys) key.fill(0);
      if (!holdsOpenKey) throw new AppError('HEADER_DAMAGED', { path: this.files.header });
      const user = slot.userId ? activeUserById(opened.db, slot.userId) : null;
      if (!user) {
        this.attempts.recordFailure(login);
        throw new AppError('WRONG_PASSWORD');
      }
      this.opened = opened;
      const failures = this.attempts.recordSuccess(login);
      this.recordSignIn(user, 'session.signedIn', failures);
      this.startIdleTimer();
      return user;
    });
  }

  /** Forgotten password: the recovery key from the envelope in the safe unlocks and sets a new one. */
  signInWithRecoveryKey(recoveryKeyText: string, login: string, newPassword: string): Promise<UserSummary> {
    return this.serialize(async () => {
      const parsed = parseRecoveryKey(recoveryKeyText);
      if (!parsed.ok) throw new AppError('RECOVERY_KEY_MISTYPED');
      this.refuseWhileBackingOff(recoveryAccount);
      const header = readHeader(this.files.header);
      const slot = header.slots.find((candidate) => candidate.kind === 'recovery');
      const pair = slot ? unlockWithRecoveryKey(slot, header.vaultId, parsed.key) : null;
      parsed.key.fill(0);
      if (!slot || !pair) {
        this.attempts.recordFailure(recoveryAccount);
        throw new AppError('WRONG_RECOVERY_KEY');
      }
      const keys = vaultKeysOf(slot, header.vaultId, pair);
      pair.privateKey.fill(0);
      const opened = this.opened ?? this.openWith(header, keys);
      const user = activeUserByLogin(opened.db, login);
      for (const key of keys) key.fill(0);
      if (!user) {
        if (!this.opened) {
          opened.db.close();
          opened.key.fill(0);
        }
        throw new AppError('USER_NOT_FOUND');
      }
      this.opened = opened;
      this.attempts.recordSuccess(recoveryAccount);
      this.attempts.recordSuccess(login);
      await this.installUserSlot(user, newPassword);
      this.recordSignIn(user, 'session.signedInWithRecoveryKey', 0);
      this.startIdleTimer();
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
    const authentic = keys.filter((key) => headerIsAuthentic(header, key));
    if (authentic.length === 0) throw new AppError('HEADER_DAMAGED', { path: this.files.header });
    for (const key of keys) {
      let db: VaultDatabase;
      try {
        db = openEncryptedDatabase(this.files.database, key, { create: false });
      } catch (error) {
        if (error instanceof UnreadableDatabase) continue;
        throw error;
      }
      try {
        migrate(db);
        const vaultId = db.prepare(`SELECT value FROM vault_meta WHERE key = 'vault_id'`).get() as
          { value: string } | undefined;
        if (vaultId?.value !== header.vaultId) throw new AppError('VAULT_DAMAGED', { path: this.files.database });
      } catch (error) {
        db.close();
        if (error instanceof AppError) throw error;
        throw new AppError('VAULT_DAMAGED', { path: this.files.database });
      }
      const opened: OpenVault = { db, key: Buffer.from(key), header };
      if (header.slots.some((slot) => slot.vaultKeys.length > 1)) this.finishInterruptedRotation(opened);
      return opened;
    }
    throw new AppError('VAULT_DAMAGED', { path: this.files.database });
  }

  private finishInterruptedRotation(opened: OpenVault): void {
    this.saveHeader(opened, (header) => ({
      ...header,
      slots: header.slots.map((slot) => onlyVaultKey(slot, opened.key)),
    }));
    this.appendInTransaction(opened, null, 'vault.headerRepaired', {});
  }

  private recordSignIn(user: UserSummary, event: AuditEventId, failures: number): void {
    this.write(user, event, {}, () => undefined);
    if (failures > 0) this.write(user, 'session.failedAttempts', { failures }, () => undefined);
  }

  /** Wipes the key, closes the database; the header keeps the latest audit anchor. */
  lock(reason: LockReason): void {
    const opened = this.opened;
    if (!opened) return;
    this.stopIdleTimer();
    try {
      this.flushAnchor();
    } finally {
      opened.db.close();
      opened.key.fill(0);
      this.opened = null;
      this.options.onLock?.(reason);
    }
  }

  /** Any authorised call counts as activity and postpones the idle lock. */
  touch(): void {
    if (this.opened) this.startIdleTimer();
  }

  private startIdleTimer(): void {
    this.stopIdleTimer();
    if (!this.opened) return;
    this.idleTimer = setTimeout(() => this.lock('idle'), idleLockSeconds(this.opened.db) * 1000);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private requireOpen(): OpenVault {
    if (!this.opened) throw new AppError('NOT_SIGNED_IN');
    return this.opened;
  }

  /** Reads inside one transaction (a consistent view). */
  read<T>(work: (db: VaultDatabase) => T): T {
    const { db } = this.requireOpen();
    return db.transaction(() => work(db))();
  }

  /**
   * Every change goes through here: the work and its audit entry commit together (durably), or
   * neither does. The header's audit anchor follows shortly after, off the hot path.
   */
  write<T>(
    actor: AuditActor | null,
    event: AuditEventId,
    details: AuditDetails | ((result: T) => AuditDetails),
    work: (db: VaultDatabase) => T,
  ): T {
    const opened = this.requireOpen();
    const result = opened.db.transaction(() => {
      const value = work(opened.db);
      appendAudit(opened.db, actor, event, typeof details === 'function' ? details(value) : details, this.now());
      return value;
    })();
    this.scheduleAnchorFlush();
    if (event === 'vault.idleLockChanged') this.startIdleTimer();
    return result;
  }

  private appendInTransaction(
    opened: OpenVault,
    actor: AuditActor | null,
    event: AuditEventId,
    details: Record<string, unknown>,
  ): void {
    opened.db.transaction(() => appendAudit(opened.db, actor, event, details, this.now()))();
    this.scheduleAnchorFlush();
  }

  private scheduleAnchorFlush(): void {
    if (this.anchorFlushScheduled) return;
    this.anchorFlushScheduled = true;
    setImmediate(() => {
      this.anchorFlushScheduled = false;
      if (this.opened) this.flushAnchor();
    });
  }

  /**
   * The anchor moves forward only along an intact log: if the entry it names is gone or
   * different (the log was cut or rewritten while the vault was closed), it stays where it is
   * as evidence, and `audit verify` reports the break.
   */
  private nextAnchor(opened: OpenVault): AuditTail {
    const anchor = opened.header.auditAnchor;
    if (anchor.sequence > 0 && auditHashAt(opened.db, anchor.sequence) !== anchor.hash) return anchor;
    return auditTail(opened.db);
  }

  /** Writes the latest audit sequence and hash into the header, authenticated with the vault key. */
  flushAnchor(): void {
    const opened = this.opened;
    if (!opened) return;
    const next = this.nextAnchor(opened);
    if (next.sequence === opened.header.auditAnchor.sequence && next.hash === opened.header.auditAnchor.hash) return;
    this.saveHeader(opened, (header) => header);
  }

  /** Every header write re-signs it with the current key and carries the current audit anchor. */
  private saveHeader(opened: OpenVault, change: (header: UnsignedHeader) => UnsignedHeader): void {
    const { mac: _mac, ...unsigned } = opened.header;
    const changed = change(unsigned);
    const anchor = this.nextAnchor(opened);
    const next = signHeader({ ...changed, auditAnchor: { sequence: anchor.sequence, hash: anchor.hash } }, opened.key);
    writeHeader(this.files.header, next);
    opened.header = next;
  }

  /** Gives a user a fresh key slot under a new password (add, change, reset). */
  replaceUserSlot(user: Pick<UserSummary, 'id' | 'login'>, password: string): Promise<void> {
    // Serialised with key rotation, so that no slot is sealed to a key that is being replaced.
    return this.serialize(() => this.installUserSlot(user, password));
  }

  private async installUserSlot(user: Pick<UserSummary, 'id' | 'login'>, password: string): Promise<void> {
    const opened = this.requireOpen();
    const slot = await createPasswordSlot({
      vaultId: opened.header.vaultId,
      userId: user.id,
      login: user.login,
      password,
      vaultKey: opened.key,
      ...(this.options.scryptCost ? { cost: this.options.scryptCost } : {}),
    });
    this.saveHeader(opened, (header) => ({
      ...header,
      slots: [...header.slots.filter((existing) => existing.userId !== user.id), slot],
    }));
  }

  /** Confirms a signed-in user's password (before changing it); failures count like sign-ins. */
  async checkPassword(login: string, password: string): Promise<void> {
    this.refuseWhileBackingOff(login);
    const opened = this.requireOpen();
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
    const opened = this.requireOpen();
    this.saveHeader(opened, (header) => ({ ...header, slots: header.slots.filter((slot) => slot.userId !== userId) }));
  }

  /**
   * New vault key: every slot first gets an envelope of the new key beside the old (header
   * written), then the database is re-keyed, then the old envelopes go. A crash at any point
   * leaves a vault that opens; the next unlock finishes the job.
   */
  rotateKey(actor: AuditActor, testing: { crashAt?: 'after-envelopes' | 'after-rekey' } = {}): Promise<void> {
    const crashIf = (point: 'after-envelopes' | 'after-rekey') => {
      if (testing.crashAt === point) throw new Error(`simulated crash ${point}`);
    };
    return this.serialize(async () => {
      const opened = this.requireOpen();
      const newKey = randomBytes(32);
      const vaultId = opened.header.vaultId;
      this.saveHeader(opened, (header) => ({
        ...header,
        slots: header.slots.map((slot: KeySlot) => withVaultKey(slot, vaultId, newKey)),
      }));
      crashIf('after-envelopes');
      rekeyDatabase(opened.db, newKey);
      crashIf('after-rekey');
      opened.key.fill(0);
      opened.key = newKey;
      this.saveHeader(opened, (header) => ({
        ...header,
        slots: header.slots.map((slot) => onlyVaultKey(slot, newKey)),
      }));
      this.write(actor, 'vault.keyRotated', {}, () => undefined);
      this.flushAnchor();
    });
  }

  verifyAudit(): AuditVerification {
    const opened = this.requireOpen();
    return verifyAuditChain(opened.db, opened.header.auditAnchor);
  }

  integrityCheck(): string[] {
    const { db } = this.requireOpen();
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  }

  /** The header as last written (for the CLI and the archive). */
  header(): VaultHeader {
    return this.requireOpen().header;
  }

  /**
   * For a backup snapshot: `work` runs synchronously (no write can come between) with the open
   * database outside any transaction, and the header with its audit anchor brought up to date.
   */
  withOpenVault<T>(work: (opened: Readonly<OpenVault>) => T): T {
    const opened = this.requireOpen();
    this.flushAnchor();
    return work(opened);
  }
}
