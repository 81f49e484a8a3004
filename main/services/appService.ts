import type { AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { appName, appVersion } from '../config/appIdentity';
import type { PreferencesStore } from '../config/preferences';
import type { Handlers } from '../core/dispatcher';
import type { Shell } from '../../shared/shells';
import { vaultExists } from '../vault/vaultFiles';

export interface AppServiceDependencies {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly preferences: PreferencesStore;
}

type AppHandlers = Pick<Handlers<AppContract>, 'app.info' | 'app.setLanguage'>;

export function createAppService({ shell, dataDirectory, preferences }: AppServiceDependencies): AppHandlers {
  return {
    'app.info': () => ({
      name: appName,
      version: appVersion,
      shell,
      dataDirectory,
      vaultState: vaultExists(dataDirectory) ? 'locked' : 'absent',
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
