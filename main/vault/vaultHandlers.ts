import type { AppContract } from '../../shared/contract';
import type { Handlers } from '../core/dispatcher';
import { setIdleLockSeconds, idleLockSeconds } from './settingsRecords';
import type { Vault } from './vault';
import { toSessionUser } from '../session/sessionHandlers';
import { signedInUser } from '../base/signedInUser';

type VaultHandlers = Pick<
  Handlers<AppContract>,
  'vault.create' | 'vault.check' | 'vault.rotateKey' | 'vault.settings' | 'vault.setIdleLock'
>;

export function createVaultService(vault: Vault): VaultHandlers {
  return {
    'vault.create': async ({ vaultName, admin }, { session }) => {
      const created = await vault.create({ vaultName, admin });
      session.user = toSessionUser(created.admin);
      return { user: session.user, recoveryKey: created.recoveryKey };
    },
    'vault.check': () => ({ integrity: vault.integrityCheck(), audit: vault.verifyAudit() }),
    'vault.rotateKey': async (_input, context) => {
      await vault.rotateKey(signedInUser(context));
      return { done: true };
    },
    'vault.settings': () => ({ idleLockSeconds: vault.read(idleLockSeconds) }),
    'vault.setIdleLock': ({ seconds }, context) => {
      vault.write(signedInUser(context), 'vault.idleLockChanged', { seconds }, (db) => setIdleLockSeconds(db, seconds));
      return { idleLockSeconds: seconds };
    },
  };
}
