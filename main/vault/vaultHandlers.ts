import type { vaultCalls } from '../../shared/contract/vaultCalls';
import { toSessionUser } from '../../shared/session/sessionSchemas';
import { signedInUser, type Handlers } from '../base/handlers';
import { idleLockSeconds, setIdleLockSeconds } from './settingsRecords';
import type { ExternalAnchor } from './audit/auditLog';
import type { ReadableDB, Vault } from './vault';

export interface VaultHandlerDependencies extends Pick<Vault, 'keyring' | 'lock' | 'store' | 'maintenance'> {
  /** The audit anchors the features keep outside the chain (the sealed results'), handed in by the core. */
  readonly externalAnchors?: (db: ReadableDB) => ExternalAnchor[];
}

export function createVaultHandlers({
  keyring,
  lock,
  store,
  maintenance,
  externalAnchors = () => [],
}: VaultHandlerDependencies): Handlers<typeof vaultCalls> {
  return {
    'vault.create': async ({ vaultName, admin }, { session }) => {
      const created = await keyring.create({ vaultName, admin });
      session.user = toSessionUser(created.admin);
      return { user: session.user, recoveryKey: created.recoveryKey };
    },
    'vault.check': () => ({
      integrity: maintenance.integrityCheck(),
      audit: maintenance.verifyAudit(store.read(externalAnchors)),
    }),
    'vault.rotateKey': async (_input, context) => {
      await keyring.rotateKey(signedInUser(context));
      return { done: true };
    },
    'vault.settings': () => ({ idleLockSeconds: store.read(idleLockSeconds) }),
    'vault.setIdleLock': ({ seconds }, context) => {
      store.write(signedInUser(context), 'vault.idleLockChanged', { seconds }, (db) => setIdleLockSeconds(db, seconds));
      lock.restartIdleTimer();
      return { idleLockSeconds: seconds };
    },
  };
}
