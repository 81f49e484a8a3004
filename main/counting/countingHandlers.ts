import type { countingCalls } from '../../shared/contract/countingCalls';
import type { Handlers } from '../base/handlers';
import type { VaultStore } from '../vault';
import type { SealState } from './countingGuards';
import { createDeskHandlers } from './deskHandlers';
import { createKeyingHandlers } from './keyingHandlers';
import { createKeyingStatisticsHandlers } from './keyingStatisticsHandlers';

export interface CountingDependencies {
  readonly store: VaultStore;
  /** Sealed contests are frozen: counting refuses every change to them. */
  readonly seals: SealState;
}

export function createCountingHandlers({ store, seals }: CountingDependencies): Handlers<typeof countingCalls> {
  return {
    ...createDeskHandlers(store, seals),
    ...createKeyingHandlers(store, seals),
    ...createKeyingStatisticsHandlers(store),
  };
}
