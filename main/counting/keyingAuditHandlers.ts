import { message } from '../../shared/i18n/messages';
import type { keyingAuditCalls } from '../../shared/contract/countingCalls';
import type { AuditKeyingView } from '../../shared/counting/keyingAuditSchemas';
import { fail, Failure } from '../../shared/errors';
import { templateContentSchema } from '../../shared/templates/templateContent';
import { type CallContext, type Handlers, signedInUser } from '../base/handlers';
import { type AirGapState, contestContext, refusedWhileOnline } from '../campaigns';
import type { ReadableDB, VaultStore } from '../vault';
import { ballotRefusal } from './ballotRefusal';
import { getBatch } from './batchStore';
import { openCounting, type CountingContext, type SealState } from './countingGuards';
import {
  auditorRefusal,
  auditSummary,
  compareAudit,
  correctVerifiedBallot,
  drawAudit,
  judgeRefusal,
} from './keyingAuditFlow';
import {
  auditBallotCount,
  auditDifferencesOf,
  auditOf,
  deleteAuditBallot,
  insertAuditBallot,
  judgeAuditDifference,
  startAudit,
} from './keyingAuditStore';
import { keyingQuality } from './keyingQuality';

const now = () => new Date().toISOString();

function rowText(form: CountingContext['form'], field: string): string | null {
  const [kind, row] = field.split(':');
  if ((kind === 'answer' || kind === 'note') && row) return form.criteria[Number(row) - 1]?.text ?? null;
  return null;
}

/** A drawn audit of a batch in a contest still being counted. */
function openAudit(db: ReadableDB, batchId: string, seals: SealState) {
  const batch = getBatch(db, batchId);
  const context = openCounting(db, batch.contestId, seals);
  if (context instanceof Failure) return context;
  const audit = auditOf(db, batchId);
  if (!audit) return fail('AUDIT_NOT_DRAWN');
  return { batch, context, audit };
}

/** The caller's own, unfinished audit keying. */
function ownAuditKeying(db: ReadableDB, batchId: string, call: CallContext, seals: SealState) {
  const open = openAudit(db, batchId, seals);
  if (open instanceof Failure) return open;
  if (open.audit.auditorId !== signedInUser(call).id) return fail('NOT_YOUR_KEYING');
  if (open.audit.finished) return fail('KEYING_FINISHED');
  return open;
}

function keyingView(db: ReadableDB, batchId: string, seals: SealState): AuditKeyingView {
  const open = openAudit(db, batchId, seals) as Exclude<ReturnType<typeof openAudit>, Failure>;
  return {
    batchId,
    batchNumber: open.batch.number,
    contestId: open.batch.contestId,
    unitName: open.context.unitName,
    subjectName: open.context.subjectName,
    form: open.context.form,
    positions: [...open.audit.positions],
    keyed: auditBallotCount(db, batchId),
    finished: open.audit.finished,
  };
}

export function createKeyingAuditHandlers(
  store: VaultStore,
  seals: SealState,
  airGap: AirGapState,
): Handlers<typeof keyingAuditCalls> {
  return {
    'counting.keyingAudit': ({ batchId }) => store.read((db) => auditSummary(db, batchId, seals)),

    // The head draws; the seed comes from the CSPRNG and is recorded (here and in the audit log).
    'counting.drawKeyingAudit': ({ batchId }, call) => {
      const user = signedInUser(call);
      return store.write(
        user,
        'keyingAudit.drawn',
        (summary: { sample: { seed: string; positions: number[] } | null }) => ({
          batchId,
          seed: summary.sample?.seed ?? '',
          positions: summary.sample?.positions ?? [],
        }),
        (db) => {
          const context = openCounting(db, getBatch(db, batchId).contestId, seals);
          if (context instanceof Failure) return context;
          const drawn = drawAudit(db, batchId, { userId: user.id, at: now() });
          if (drawn instanceof Failure) return drawn;
          return auditSummary(db, batchId, seals);
        },
      );
    },

    // Blind: the third person gets the form and the positions to pull, never a verified value.
    'counting.startAuditKeying': ({ batchId }, call) => {
      const user = signedInUser(call);
      return store.write(user, 'keyingAudit.started', { batchId }, (db) => {
        const open = openAudit(db, batchId, seals);
        if (open instanceof Failure) return open;
        const online = refusedWhileOnline(db, open.context.campaignId, airGap);
        if (online) return online;
        const refused = auditorRefusal(db, batchId, user.id);
        if (refused) return refused;
        if (open.audit.auditorId === null) startAudit(db, batchId, user.id, now());
        else if (open.audit.auditorId !== user.id) return fail('NOT_YOUR_KEYING');
        else if (open.audit.finished) return fail('KEYING_FINISHED');
        return keyingView(db, batchId, seals);
      });
    },

    'counting.saveAuditBallot': ({ batchId, ballot, keystrokes, activeMs }, call) =>
      store.write(
        signedInUser(call),
        'keyingAudit.ballotKeyed',
        (saved: { position: number }) => ({ batchId, position: saved.position }),
        (db) => {
          const open = ownAuditKeying(db, batchId, call, seals);
          if (open instanceof Failure) return open;
          const online = refusedWhileOnline(db, open.context.campaignId, airGap);
          if (online) return online;
          const keyed = auditBallotCount(db, batchId);
          const position = open.audit.positions[keyed];
          if (position === undefined) return fail('AUDIT_SAMPLE_KEYED', { count: open.audit.positions.length });
          const refused = ballotRefusal(ballot, open.context.shape);
          if (refused) return refused;
          insertAuditBallot(db, batchId, position, ballot, { keystrokes, activeMs });
          return { position, keyed: keyed + 1 };
        },
      ),

    'counting.undoAuditBallot': ({ batchId }, call) =>
      store.write(
        signedInUser(call),
        'keyingAudit.ballotUndone',
        (left: { keyed: number; position: number }) => ({ batchId, position: left.position }),
        (db) => {
          const open = ownAuditKeying(db, batchId, call, seals);
          if (open instanceof Failure) return open;
          const keyed = auditBallotCount(db, batchId);
          if (keyed === 0) return fail('NOTHING_TO_UNDO');
          const position = open.audit.positions[keyed - 1]!;
          deleteAuditBallot(db, batchId, position);
          return { keyed: keyed - 1, position };
        },
      ),

    'counting.finishAuditKeying': ({ batchId }, call) =>
      store.write(
        signedInUser(call),
        'keyingAudit.finished',
        (summary: { differences: number; rate: { fields: number } | null }) => ({
          batchId,
          fieldsCompared: summary.rate?.fields ?? 0,
          differences: summary.differences,
        }),
        (db) => {
          const open = ownAuditKeying(db, batchId, call, seals);
          if (open instanceof Failure) return open;
          const keyed = auditBallotCount(db, batchId);
          if (keyed < open.audit.positions.length)
            return fail('AUDIT_INCOMPLETE', { keyed, count: open.audit.positions.length });
          compareAudit(db, open.audit, now());
          return auditSummary(db, batchId, seals);
        },
      ),

    // Evidence: readable after sealing too; empty until the audit keying is finished.
    'counting.auditDifferences': ({ batchId }) =>
      store.read((db) => {
        const batch = getBatch(db, batchId);
        const audit = auditOf(db, batchId);
        if (!audit) return fail('AUDIT_NOT_DRAWN');
        const form = templateContentSchema.parse(JSON.parse(contestContext(db, batch.contestId).content));
        return {
          batchNumber: batch.number,
          form,
          differences: auditDifferencesOf(db, batchId).map((difference) => ({
            id: difference.id,
            position: difference.position,
            field: difference.field,
            rowText: rowText(form, difference.field),
            verifiedValue: difference.verifiedValue,
            auditValue: difference.auditValue,
            verdict: difference.verdict,
            judgedBy: difference.judgedByLogin,
          })),
        };
      }),

    // A residual error is corrected in the verified ballots at once: the contest is still being counted.
    'counting.judgeAuditDifference': ({ batchId, differenceId, verdict }, call) => {
      const user = signedInUser(call);
      return store.write(
        user,
        'keyingAudit.judged',
        (summary: { batchNumber: number }) => ({ batchId, batchNumber: summary.batchNumber, differenceId, verdict }),
        (db) => {
          const open = openAudit(db, batchId, seals);
          if (open instanceof Failure) return open;
          const refused = judgeRefusal(db, open.audit, user.id);
          if (refused) return refused;
          const difference = auditDifferencesOf(db, batchId).find((candidate) => candidate.id === differenceId);
          if (!difference) return fail('NOT_FOUND', { what: message('core.keyingHandlers.difference') });
          if (difference.verdict !== null) return fail('AUDIT_ALREADY_JUDGED');
          judgeAuditDifference(db, differenceId, verdict, user.id, now());
          if (verdict === 'verifiedWrong')
            correctVerifiedBallot(db, batchId, difference, { userId: user.id, at: now() });
          return auditSummary(db, batchId, seals);
        },
      );
    },

    'counting.keyingQuality': ({ campaignId }) => store.read((db) => keyingQuality(db, campaignId)),
  };
}
