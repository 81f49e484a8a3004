import { message } from '../../shared/i18n/messages';
import type { keyerReturnCalls } from '../../shared/contract/countingCalls';
import { fieldValueSchema, type FieldValue } from '../../shared/counting/compareKeyings';
import { rekeyedBallots, type ReturnedAnswer } from '../../shared/counting/keyerReturns';
import type { BallotEntry } from '../../shared/counting/ballot';
import { describeInputIssues } from '../../shared/schema/inputIssues';
import { fail, Failure } from '../../shared/errors';
import {
  batchSummary,
  deleteKeyedBallot,
  getBatch,
  insertKeyedBallot,
  keyedBallots,
  keyingsOf,
  updateKeyedBallot,
} from './batchStore';
import { openBatchCounting, type SealState } from './countingGuards';
import { differencesOf } from './differenceStore';
import { getReturn, insertReturn, markWithdrawn, openReturnOf, recordAnswer } from './keyerReturnStore';
import { ownKeying, rowText } from './keyingHandlers';
import { compareAgain } from './settleBatch';
import { type Handlers, signedInUser } from '../base/handlers';
import { type AirGapState, refusedWhileOnline } from '../campaigns';
import { userRecords, type WritableDB, type VaultStore } from '../vault';

const now = () => new Date().toISOString();

/** The keying takes the ballots as read again: changed ones rewritten, any gained added, any lost taken off its end. */
function storeRekeyed(db: WritableDB, keyingId: string, before: readonly BallotEntry[], after: readonly BallotEntry[]) {
  after.forEach((entry, index) => {
    if (index >= before.length) insertKeyedBallot(db, keyingId, index + 1, entry, 0, 0);
    else if (JSON.stringify(entry) !== JSON.stringify(before[index])) updateKeyedBallot(db, keyingId, index + 1, entry);
  });
  for (let position = before.length; position > after.length; position -= 1) deleteKeyedBallot(db, keyingId, position);
}

/**
 * The head sends differing fields back to one keyer, who reads them again from the paper without
 * seeing any keying's value; the answer goes into the keyer's keying and the keyings are compared
 * again. The keyer's earlier values are kept with the return: the evidence of who erred.
 */
export function createKeyerReturnHandlers(
  store: VaultStore,
  seals: SealState,
  airGap: AirGapState,
): Handlers<typeof keyerReturnCalls> {
  return {
    'counting.returnToKeyer': ({ batchId, pass, differenceIds }, call) => {
      const user = signedInUser(call);
      const chosenIds = [...new Set(differenceIds)];
      return store.write(user, 'difference.returned', { batchId, pass, fields: chosenIds.length }, (db) => {
        const batch = getBatch(db, batchId);
        const context = openBatchCounting(db, batch, seals);
        if (context instanceof Failure) return context;
        if (batch.verified) return fail('BATCH_VERIFIED');
        const keyings = keyingsOf(db, batchId);
        // The head who sends back must be a third person, as for settling.
        if (keyings.some((keying) => keying.userId === user.id)) return fail('RESOLVER_IS_KEYER');
        const open = openReturnOf(db, batchId);
        if (open) return fail('RETURN_OPEN', { pass: open.pass });
        const keying = keyings.find((candidate) => candidate.pass === pass && candidate.finished);
        if (!keying) return fail('NOT_FOUND', { what: message('core.thing.keying') });
        if (!userRecords.activeUserById(db, keying.userId)) return fail('KEYER_UNAVAILABLE', { pass });
        const differences = differencesOf(db, batchId);
        const chosen = chosenIds.map((id) => differences.find((difference) => difference.id === id));
        if (chosen.some((difference) => !difference))
          return fail('NOT_FOUND', { what: message('core.keyingHandlers.difference') });
        const settled = chosen.find((difference) => difference!.resolution !== null);
        if (settled) return fail('DIFFERENCE_SETTLED', { position: settled.position });
        insertReturn(
          db,
          {
            batchId,
            keyingId: keying.id,
            returnedBy: user.id,
            fields: chosen.map((difference) => ({
              differenceId: difference!.id,
              position: difference!.position,
              field: difference!.field,
              keyed: difference!.keyed,
              originalValue: difference!.keyed[pass - 1] ?? null,
            })),
          },
          now(),
        );
        return batchSummary(db, batchId, user.id, context.keyingsRequired);
      });
    },

    // Blind: where and which field, never a value — neither another keying's nor the keyer's own.
    'counting.returnedFields': ({ batchId }, call) =>
      store.read((db) => {
        const batch = getBatch(db, batchId);
        const context = openBatchCounting(db, batch, seals);
        if (context instanceof Failure) return context;
        const open = openReturnOf(db, batchId);
        if (!open) return fail('NOT_FOUND', { what: message('core.keyerReturns.openReturn') });
        const keying = ownKeying(db, open.keyingId, call);
        if (keying instanceof Failure) return keying;
        return {
          returnId: open.id,
          batchId,
          batchNumber: batch.number,
          pass: open.pass,
          unitName: context.unitName,
          subjectName: context.subjectName,
          form: context.form,
          fields: open.fields.map((field) => ({
            differenceId: field.differenceId,
            position: field.position,
            field: field.field,
            rowText: rowText(context, field.field),
          })),
        };
      }),

    'counting.answerReturn': ({ returnId, values }, call) => {
      const user = signedInUser(call);
      // The audit names the batch and how many values the keyer changed (never a value); the work finds both.
      const audited = { batchId: '', changed: 0 };
      return store.write(
        user,
        'difference.returnAnswered',
        () => ({ returnId, batchId: audited.batchId, fields: values.length, changed: audited.changed }),
        (db) => {
          const sent = getReturn(db, returnId);
          if (!sent) return fail('NOT_FOUND', { what: message('core.keyerReturns.return') });
          const keying = ownKeying(db, sent.keyingId, call);
          if (keying instanceof Failure) return keying;
          const batch = getBatch(db, sent.batchId);
          const context = openBatchCounting(db, batch, seals);
          if (context instanceof Failure) return context;
          const online = refusedWhileOnline(db, context.campaignId, airGap);
          if (online) return online;
          if (sent.state !== 'open') return fail('RETURN_CLOSED');
          // Every field sent back, each once: a partial answer would leave the comparison half run.
          const answered = new Map(values.map(({ differenceId, value }) => [differenceId, value]));
          if (
            answered.size !== values.length ||
            answered.size !== sent.fields.length ||
            sent.fields.some((field) => !answered.has(field.differenceId))
          )
            return fail('RETURN_INCOMPLETE', { count: sent.fields.length });
          const answers: ReturnedAnswer[] = [];
          const stored = new Map<string, FieldValue>();
          for (const field of sent.fields) {
            const parsed = fieldValueSchema(field.field).safeParse(answered.get(field.differenceId));
            if (!parsed.success) {
              const issue = describeInputIssues(parsed.error.issues);
              return fail('BALLOT_INVALID', {
                reason: {
                  vi: `phiếu thứ ${field.position}: ${issue.vi}`,
                  en: `ballot ${field.position}: ${issue.en}`,
                },
              });
            }
            answers.push({ position: field.position, field: field.field, value: parsed.data });
            stored.set(field.differenceId, parsed.data);
          }
          const before = keyedBallots(db, keying.id);
          const rekeyed = rekeyedBallots(before, answers, context.shape);
          if (!rekeyed.ok) return fail('BALLOT_INVALID', { reason: rekeyed.problem });
          storeRekeyed(db, keying.id, before, rekeyed.entries);
          recordAnswer(db, returnId, stored, now());
          compareAgain(
            db,
            sent.batchId,
            sent.fields.map((field) => field.differenceId),
            now(),
          );
          audited.batchId = sent.batchId;
          audited.changed = sent.fields.filter(
            (field) => JSON.stringify(field.originalValue) !== JSON.stringify(stored.get(field.differenceId)),
          ).length;
          return batchSummary(db, sent.batchId, user.id, context.keyingsRequired);
        },
      );
    },

    'counting.withdrawReturn': ({ batchId }, call) => {
      const user = signedInUser(call);
      const withdrawn = { id: '' };
      return store.write(
        user,
        'difference.returnWithdrawn',
        () => ({ batchId, returnId: withdrawn.id }),
        (db) => {
          const batch = getBatch(db, batchId);
          const context = openBatchCounting(db, batch, seals);
          if (context instanceof Failure) return context;
          const open = openReturnOf(db, batchId);
          if (!open) return fail('NOT_FOUND', { what: message('core.keyerReturns.return') });
          withdrawn.id = open.id;
          markWithdrawn(db, open.id, now());
          return batchSummary(db, batchId, user.id, context.keyingsRequired);
        },
      );
    },
  };
}
