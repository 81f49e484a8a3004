import type { resultsCalls } from '../../shared/contract/resultsCalls';
import type { Handlers } from '../base/handlers';
import type { VaultStore } from '../vault';
import { createPackageHandlers } from './packageHandlers';
import { createSealHandlers, type SealOptions } from './sealHandlers';
import { createSignerHandlers } from './signerHandlers';
import { createTallyHandlers } from './tallyHandlers';

export interface ResultsDependencies extends SealOptions {
  readonly store: VaultStore;
}

export function createResultsHandlers({ store, ...options }: ResultsDependencies): Handlers<typeof resultsCalls> {
  return {
    ...createTallyHandlers(store),
    ...createSealHandlers(store, options),
    ...createPackageHandlers(store, options.now),
    ...createSignerHandlers(store, options.now),
  };
}
