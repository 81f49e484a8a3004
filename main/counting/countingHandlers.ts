import type { countingCalls } from '../../shared/contract/countingCalls';
import type { Handlers } from '../base/handlers';
import type { AirGapState } from '../campaigns';
import type { VaultStore } from '../vault';
import type { SealState } from './countingGuards';
import { createDeskHandlers } from './deskHandlers';
import { createKeyerReturnHandlers } from './keyerReturnHandlers';
import { createKeyingAuditHandlers } from './keyingAuditHandlers';
import { createKeyingHandlers } from './keyingHandlers';
import { createKeyingStatisticsHandlers, type MergedKeyingsOf } from './keyingStatisticsHandlers';
import { createSurveyImportHandlers } from './surveyHandlers';

export interface CountingDependencies {
  readonly store: VaultStore;
  /** Sealed contests are frozen: counting refuses every change to them. */
  readonly seals: SealState;
  /** While the machine is online, a campaign may refuse keying and imports of ballots. */
  readonly airGap: AirGapState;
  /** The keyings merged desk packages brought, for the operator statistics (the desks feature reads them). */
  readonly mergedKeyingsOf?: MergedKeyingsOf;
}

export function createCountingHandlers({
  store,
  seals,
  airGap,
  mergedKeyingsOf,
}: CountingDependencies): Handlers<typeof countingCalls> {
  return {
    ...createDeskHandlers(store, seals, airGap),
    ...createSurveyImportHandlers(store, seals, airGap),
    ...createKeyingHandlers(store, seals, airGap),
    ...createKeyerReturnHandlers(store, seals, airGap),
    ...createKeyingStatisticsHandlers(store, mergedKeyingsOf),
    ...createKeyingAuditHandlers(store, seals, airGap),
  };
}
