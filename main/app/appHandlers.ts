import type { appCalls } from '../../shared/contract/appCalls';
import { fail } from '../../shared/errors';
import { appName, appVersion } from '../config/appIdentity';
import type { PreferencesStore } from '../config/preferences';
import { type Handlers, signedInUser } from '../base/handlers';
import type { VaultStore } from '../vault';
import { nextSteps } from './nextSteps';
import type { Shell } from '../../shared/shells';
import type { VaultState } from '../../shared/vault/vaultStates';
import type { AirGapState } from '../campaigns';

export interface AppDependencies {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly preferences: PreferencesStore;
  readonly vaultState: () => VaultState;
  readonly store: VaultStore;
  readonly airGap: AirGapState;
}

export function createAppHandlers({
  shell,
  dataDirectory,
  preferences,
  vaultState,
  store,
  airGap,
}: AppDependencies): Handlers<typeof appCalls> {
  return {
    'app.nextSteps': (_input, call) => {
      const user = signedInUser(call);
      return store.read((db) => nextSteps(db, user));
    },
    'app.info': () => ({
      name: appName,
      version: appVersion,
      shell,
      dataDirectory,
      vaultState: vaultState(),
      language: preferences.read().language,
      platform: `${process.platform}-${process.arch}`,
      runtime: process.versions.electron ? `Electron ${process.versions.electron}` : `Node.js ${process.versions.node}`,
    }),
    'app.airGap': () => airGap.status(),
    'app.setLanguage': ({ language }) => {
      try {
        return { language: preferences.setLanguage(language).language };
      } catch {
        return fail('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
      }
    },
  };
}
