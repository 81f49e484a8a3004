import type { AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { appName, appVersion } from '../config/appIdentity';
import type { PreferencesStore } from '../config/preferences';
import type { Handlers } from '../core/dispatcher';
import type { Shell } from '../../shared/shells';
import type { VaultState } from '../../shared/vault/vaultStates';

export interface AppServiceDependencies {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly preferences: PreferencesStore;
  readonly vaultState: () => VaultState;
}

type AppHandlers = Pick<Handlers<AppContract>, 'app.info' | 'app.setLanguage'>;

export function createAppService({
  shell,
  dataDirectory,
  preferences,
  vaultState,
}: AppServiceDependencies): AppHandlers {
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
        throw new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
      }
    },
  };
}
