import type { appCalls } from '../../shared/contract/appCalls';
import { fail } from '../../shared/errors';
import { appName, appVersion } from '../config/appIdentity';
import type { PreferencesStore } from '../config/preferences';
import type { Handlers } from '../base/handlers';
import type { Shell } from '../../shared/shells';
import type { VaultState } from '../../shared/vault/vaultStates';

export interface AppDependencies {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly preferences: PreferencesStore;
  readonly vaultState: () => VaultState;
}

export function createAppHandlers({
  shell,
  dataDirectory,
  preferences,
  vaultState,
}: AppDependencies): Handlers<typeof appCalls> {
  return {
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
    'app.setLanguage': ({ language }) => {
      try {
        return { language: preferences.setLanguage(language).language };
      } catch {
        return fail('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
      }
    },
  };
}
