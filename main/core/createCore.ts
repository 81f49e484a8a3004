import { contract, type AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { createPreferencesStore } from '../config/preferences';
import { createAppService } from '../services/appService';
import { ensurePrivateDirectory } from '../storage/privateFiles';
import { createDispatcher, type BugReporter, type Dispatcher, type Handlers } from './dispatcher';
import type { Shell } from '../../shared/shells';

export interface CoreOptions {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly reportBug?: BugReporter;
}

export interface Core {
  readonly dataDirectory: string;
  readonly dispatcher: Dispatcher;
}

function reportToStderr(call: string, error: unknown): void {
  process.stderr.write(
    `[kiem-phieu] bug in ${call}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
}

/** Builds the services and the dispatcher in front of them; every shell starts here. */
export function createCore({ shell, dataDirectory, reportBug = reportToStderr }: CoreOptions): Core {
  try {
    ensurePrivateDirectory(dataDirectory);
  } catch {
    throw new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
  }
  const preferences = createPreferencesStore(dataDirectory);
  const handlers: Handlers<AppContract> = {
    ...createAppService({ shell, dataDirectory, preferences }),
  };
  return { dataDirectory, dispatcher: createDispatcher(contract, handlers, reportBug) };
}
