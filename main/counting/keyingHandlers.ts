import { message } from '../../shared/i18n/messages';
import type { keyingCalls } from '../../shared/contract/countingCalls';
import { ballotProblems } from '../../shared/counting/ballot';
import {
  fieldValueSchema,
  resolvedValue,
  type FieldName,
  type FieldValue,
  type Resolution,
} from '../../shared/counting/compareKeyings';
import { describeInputIssues } from '../../shared/schema/inputIssues';
import { fail, Failure } from '../../shared/errors';
import { ballotRefusal } from './ballotRefusal';
import { getCounts } from './countsStore';
import {
  batchSummary,
  finishKeying,
  getBatch,
  getKeying,
  insertKeyedBallot,
  insertKeying,
  keyedCount,
  keyingsOf,
  deleteKeyedBallot,
} from './batchStore';
import { openBatchCounting, type CountingContext, type SealState } from './countingGuards';
import { differencesOf, resolveDifference } from './differenceStore';
import { openReturnOf } from './keyerReturnStore';
import { compareWhenComplete, verifyWhenSettled } from './settleBatch';
import { type CallContext, type Handlers, signedInUser } from '../base/handlers';
import { type AirGapState, refusedWhileOnline } from '../campaigns';
import type { ReadableDB, VaultStore } from '../vault';

const now = () => new Date().toISOString();

function keyingView(db: ReadableDB, keyingId: string, context: CountingContext) {
  const keying = getKeying(db, keyingId);
  return {
    keyingId,
    batchId: keying.batchId,
    batchNumber: getBatch(db, keying.batchId).number,
    pass: keying.pass,
    contestId: context.contestId,
    unitName: context.unitName,
    subjectName: context.subjectName,
    form: context.form,
    keyed: keyedCount(db, keyingId),
    returned: getCounts(db, context.contestId)?.returned ?? null,
    finished: keying.finished,
  };
}

/** A keying, if it is the caller's: only its keyer works in it, or answers what is sent back to it. */
export function ownKeying(db: ReadableDB, keyingId: string, call: CallContext) {
  const keying = getKeying(db, keyingId);
  return keying.userId === signedInUser(call).id ? keying : fail('NOT_YOUR_KEYING');
}

/** The caller's own, unfinished keying, in a contest still being counted. */
function ownOpenKeying(db: ReadableDB, keyingId: string, call: CallContext, seals: SealState) {
  const keying = ownKeying(db, keyingId, call);
  if (keying instanceof Failure) return keying;
  const context = openBatchCounting(db, getBatch(db, keying.batchId), seals);
  if (context instanceof Failure) return context;
  if (keying.finished) return fail('KEYING_FINISHED');
  return { keying, context };
}

/** The row's words when a field is a row's mark or note. */
export function rowText(context: CountingContext, field: FieldName): string | null {
  const [kind, row] = field.split(':');
  if ((kind === 'answer' || kind === 'note') && row) return context.form.criteria[Number(row) - 1]?.text ?? null;
  return null;
}

export function createKeyingHandlers(
  store: VaultStore,
  seals: SealState,
  airGap: AirGapState,
): Handlers<typeof keyingCalls> {
  return {
    // Blind: a keyer gets the form and a count, never another keying's values.
    'counting.startKeying': ({ batchId }, call) => {
      const user = signedInUser(call);
      return store.write(
        user,
        'keying.started',
        (view: { pass: number }) => ({ batchId, pass: view.pass }),
        (db) => {
          const batch = getBatch(db, batchId);
          const context = openBatchCounting(db, batch, seals);
          if (context instanceof Failure) return context;
          const online = refusedWhileOnline(db, context.campaignId, airGap);
          if (online) return online;
          if (batch.verified || batch.source !== 'keyed') return fail('BATCH_VERIFIED');
          const keyings = keyingsOf(db, batchId);
          const mine = keyings.find((keying) => keying.userId === user.id);
          if (mine?.finished) return fail('SAME_KEYER');
          if (mine) return keyingView(db, mine.id, context);
          if (keyings.length >= context.keyingsRequired) return fail('KEYING_COMPLETE');
          return keyingView(
            db,
            insertKeying(db, batchId, keyings.length + 1, user.id, call.session.id, now()),
            context,
          );
        },
      );
    },

    'counting.saveBallot': ({ keyingId, ballot, keystrokes, activeMs }, call) =>
      store.write(
        signedInUser(call),
        'ballot.keyed',
        (saved: { position: number }) => ({ keyingId, position: saved.position }),
        (db) => {
          const open = ownOpenKeying(db, keyingId, call, seals);
          if (open instanceof Failure) return open;
          const { context } = open;
          const online = refusedWhileOnline(db, context.campaignId, airGap);
          if (online) return online;
          const refused = ballotRefusal(ballot, context.shape);
          if (refused) return refused;
          const position = keyedCount(db, keyingId) + 1;
          insertKeyedBallot(db, keyingId, position, ballot, keystrokes, activeMs);
          return { position, keyed: position };
        },
      ),

    'counting.undoLastBallot': ({ keyingId }, call) =>
      store.write(
        signedInUser(call),
        'ballot.keyingUndone',
        (left: { keyed: number }) => ({ keyingId, position: left.keyed + 1 }),
        (db) => {
          const open = ownOpenKeying(db, keyingId, call, seals);
          if (open instanceof Failure) return open;
          const count = keyedCount(db, keyingId);
          if (count === 0) return fail('NOTHING_TO_UNDO');
          deleteKeyedBallot(db, keyingId, count);
          return { keyed: count - 1 };
        },
      ),

    'counting.finishKeying': ({ keyingId }, call) => {
      const user = signedInUser(call);
      return store.write(user, 'keying.finished', { keyingId }, (db) => {
        const open = ownOpenKeying(db, keyingId, call, seals);
        if (open instanceof Failure) return open;
        const { keying, context } = open;
        finishKeying(db, keyingId, now());
        compareWhenComplete(db, keying.batchId, context.keyingsRequired, now());
        return batchSummary(db, keying.batchId, user.id, context.keyingsRequired);
      });
    },

    'counting.differences': ({ batchId }) =>
      store.read((db) => {
        const batch = getBatch(db, batchId);
        const context = openBatchCounting(db, batch, seals);
        if (context instanceof Failure) return context;
        const returned = openReturnOf(db, batchId);
        const differences = differencesOf(db, batchId).map((difference) => ({
          id: difference.id,
          position: difference.position,
          field: difference.field,
          rowText: rowText(context, difference.field),
          keyed: difference.keyed,
          resolved: difference.resolution !== null,
          resolution: difference.resolution,
          value: difference.value ?? null,
          returnedTo: returned?.fields.some((field) => field.differenceId === difference.id) ? returned.pass : null,
        }));
        return { batchNumber: batch.number, form: context.form, differences };
      }),

    // The head settles each difference against the paper; never someone who keyed the batch.
    'counting.resolveDifference': ({ batchId, differenceId, choice, value }, call) => {
      const user = signedInUser(call);
      return store.write(user, 'difference.resolved', { batchId, differenceId, choice }, (db) => {
        const batch = getBatch(db, batchId);
        const context = openBatchCounting(db, batch, seals);
        if (context instanceof Failure) return context;
        if (batch.verified) return fail('BATCH_VERIFIED');
        if (keyingsOf(db, batchId).some((keying) => keying.userId === user.id)) return fail('RESOLVER_IS_KEYER');
        const difference = differencesOf(db, batchId).find((candidate) => candidate.id === differenceId);
        if (!difference) return fail('NOT_FOUND', { what: message('core.keyingHandlers.difference') });
        // Sent back to a keyer: their answer settles it (through a fresh comparison), not the head.
        const returned = openReturnOf(db, batchId);
        if (returned?.fields.some((field) => field.differenceId === differenceId))
          return fail('RETURN_OPEN', { pass: returned.pass });
        let resolution: Resolution = { choice: choice as 'pass1' | 'pass2' | 'pass3' };
        if (choice === 'rekey') {
          const parsed = fieldValueSchema(difference.field).safeParse(value ?? null);
          if (!parsed.success) return fail('BALLOT_INVALID', { reason: describeInputIssues(parsed.error.issues) });
          resolution = { choice, value: parsed.data };
        }
        if (choice !== 'rekey' && Number(choice.slice(4)) > difference.keyed.length) {
          return fail('NOT_FOUND', { what: message('core.thing.keying') });
        }
        const chosen: FieldValue = resolvedValue(difference, resolution);
        if (difference.field === 'ballot' && chosen !== null && typeof chosen === 'object') {
          const problems = ballotProblems(chosen, context.shape);
          if (problems.length > 0) return fail('BALLOT_INVALID', { reason: problems[0]! });
        }
        resolveDifference(db, differenceId, choice, chosen, user.id, now());
        verifyWhenSettled(db, batchId, now());
        return batchSummary(db, batchId, user.id, context.keyingsRequired);
      });
    },
  };
}
