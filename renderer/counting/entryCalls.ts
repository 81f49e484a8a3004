import type { CallInput, CallName, AppCallResult } from '../../shared/contract';
import type { CallResult } from '../../shared/contract/define';
import type { BallotEntry } from '../../shared/counting/ballot';
import type { keyingViewSchema } from '../../shared/counting/countingSchemas';
import type { ErrorPayload } from '../../shared/errors';
import type { z } from '../../shared/schema/z';
import type { BallotSaver } from './ballotQueue';

/**
 * The calls a keying at the entry screen goes through: a pass of double entry, or the third
 * person's blind keying of a keying-quality audit sample (the same screen, the same keys; the
 * sample's paper positions say which ballot to take from the stack).
 */
export type EntryView = z.infer<typeof keyingViewSchema> & {
  /** An audit sample: the paper positions to key, in order. */
  readonly positions?: readonly number[];
};

type Call = <Name extends CallName>(name: Name, input: CallInput<Name>) => Promise<AppCallResult<Name>>;
type Result<T> = Promise<CallResult<T, ErrorPayload['code']>>;

export interface EntryCalls {
  start(): Result<EntryView>;
  save(
    view: EntryView,
    ballot: BallotEntry,
    figures: { keystrokes: number; activeMs: number },
  ): Result<{ position: number; keyed: number }>;
  undo(view: EntryView): Result<{ keyed: number }>;
  finish(view: EntryView): Result<unknown>;
}

export function doubleEntryCalls(call: Call, batchId: string): EntryCalls {
  return {
    start: () => call('counting.startKeying', { batchId }),
    save: (view, ballot, figures) => call('counting.saveBallot', { keyingId: view.keyingId, ballot, ...figures }),
    undo: (view) => call('counting.undoLastBallot', { keyingId: view.keyingId }),
    finish: (view) => call('counting.finishKeying', { keyingId: view.keyingId }),
  };
}

export function auditEntryCalls(call: Call, batchId: string): EntryCalls {
  return {
    async start() {
      const result = await call('counting.startAuditKeying', { batchId });
      if (!result.ok) return result;
      // The audit's keying is the batch's: no keying id, no pass, no count of returned ballots.
      return { ok: true, value: { ...result.value, keyingId: batchId, pass: 0, returned: null } };
    },
    save: (_view, ballot, figures) => call('counting.saveAuditBallot', { batchId, ballot, ...figures }),
    undo: () => call('counting.undoAuditBallot', { batchId }),
    finish: () => call('counting.finishAuditKeying', { batchId }),
  };
}

/** The calls the screen's queue of finished ballots saves them through (see ballotQueue). */
export function ballotSaver(calls: EntryCalls, view: EntryView): BallotSaver {
  return {
    save: (ballot, figures) => calls.save(view, ballot, figures),
    undo: () => calls.undo(view),
    async stored() {
      // Starting again resumes the same keying and says how many ballots it holds.
      const result = await calls.start();
      return result.ok ? { ok: true, value: result.value.keyed } : result;
    },
  };
}
