import { randomBytes } from 'node:crypto';
import type { kioskCalls } from '../../shared/contract/kioskCalls';
import { ballotProblems, type BallotEntry } from '../../shared/counting/ballot';
import { fail, Failure } from '../../shared/errors';
import type { Bilingual } from '../../shared/i18n/language';
import { formatCode, newCode, normaliseCode } from '../../shared/kiosk/oneTimeCodes';
import { type Handlers, signedInUser } from '../base/handlers';
import { unitHeading } from '../campaigns';
import {
  burnCode,
  codeCounts,
  insertSheet,
  isKioskClosed,
  isLiveCode,
  type SealState,
  sheetsOf,
  stageBallot,
} from '../counting';
import type { ReadableDB, VaultStore } from '../vault';
import { closeKiosk } from './kioskClosing';
import { createLanHandlers } from './lan/lanHandlers';
import type { HallNetwork } from './lan/hallNetwork';
import { openContests } from './openContests';

const now = () => new Date().toISOString();
const kioskBallotWords = (problems: readonly Bilingual[]): Bilingual => ({
  vi: problems.map((problem) => problem.vi).join('; '),
  en: problems.map((problem) => problem.en).join('; '),
});

export function kioskStatus(db: ReadableDB, unitId: string) {
  const unit = unitHeading(db, unitId);
  return {
    unitId,
    unitName: unit.name,
    ...codeCounts(db, unitId),
    sheets: sheetsOf(db, unitId),
    closed: isKioskClosed(db, unitId),
  };
}

/** The same refusal for a code that is wrong, burned, of another conference, or not a code at all. */
const invalidCode = () => fail('KIOSK_CODE_INVALID');

export interface KioskDependencies {
  readonly store: VaultStore;
  readonly seals: SealState;
  /** The hall network's one listener (point 2); closing a kiosk closes it too. */
  readonly hallNetwork: HallNetwork;
}

export function createKioskHandlers({ store, seals, hallNetwork }: KioskDependencies): Handlers<typeof kioskCalls> {
  return {
    ...createLanHandlers({ store, seals, hallNetwork }),
    'kiosk.issueCodes': ({ unitId, count }, context) => {
      const user = signedInUser(context);
      return store.write(
        user,
        'kiosk.codesIssued',
        (issued: { sheet: number }) => ({ unitId, sheet: issued.sheet, count }),
        (db) => {
          const open = openContests(db, unitId, seals);
          if (open instanceof Failure) return open;
          if (isKioskClosed(db, unitId)) return fail('KIOSK_CLOSED');
          const codes = new Set<string>();
          while (codes.size < count) codes.add(newCode((length) => randomBytes(length)));
          const sheet = insertSheet(db, unitId, [...codes], { userId: user.id, at: now() });
          return { sheet, codes: [...codes].map(formatCode) };
        },
      );
    },

    'kiosk.status': ({ unitId }) => store.read((db) => kioskStatus(db, unitId)),

    'kiosk.ballotPaper': ({ unitId, code }) =>
      store.read((db) => {
        const open = openContests(db, unitId, seals);
        if (open instanceof Failure) return open;
        if (isKioskClosed(db, unitId)) return fail('KIOSK_CLOSED');
        const typed = normaliseCode(code);
        if (typed === null || !isLiveCode(db, unitId, typed)) return invalidCode();
        return {
          unitName: open.unit.name,
          contests: open.contests.map(({ contest, counting }) => ({
            contestId: contest.id,
            subjectName: contest.subjectName,
            positions: contest.positions,
            form: counting.form,
          })),
        };
      }),

    // Audited without the code or the ballots: the record says a voter cast at this conference, no more.
    'kiosk.cast': ({ unitId, code, ballots }, context) =>
      store.write(signedInUser(context), 'kiosk.cast', { unitId }, (db) => {
        const open = openContests(db, unitId, seals);
        if (open instanceof Failure) return open;
        if (isKioskClosed(db, unitId)) return fail('KIOSK_CLOSED');
        const typed = normaliseCode(code);
        if (typed === null) return invalidCode();
        const byContest = new Map<string, BallotEntry>();
        for (const { contestId, ballot } of ballots) {
          if (byContest.has(contestId)) return fail('BALLOT_INVALID', { reason: kioskBallotWords([twice]) });
          byContest.set(contestId, ballot);
        }
        for (const { contest, counting } of open.contests) {
          const ballot = byContest.get(contest.id);
          if (!ballot) return fail('BALLOT_INVALID', { reason: kioskBallotWords([missing(contest.subjectName)]) });
          const problems = [...ballotProblems(ballot, counting.shape), ...kioskOnlyProblems(ballot)];
          if (problems.length > 0) return fail('BALLOT_INVALID', { reason: kioskBallotWords(problems) });
          byContest.delete(contest.id);
        }
        if (byContest.size > 0) return fail('BALLOT_INVALID', { reason: kioskBallotWords([foreign]) });
        // Burned in the same transaction as the ballots are stored: both or neither.
        if (!burnCode(db, unitId, typed)) return invalidCode();
        for (const { contestId, ballot } of ballots) stageBallot(db, contestId, ballot);
        return { done: true as const };
      }),

    'kiosk.close': async ({ unitId }, context) => {
      const user = signedInUser(context);
      const status = store.write(
        user,
        'kiosk.closed',
        (status: { used: number }) => ({ unitId, used: status.used }),
        (db) => {
          const open = openContests(db, unitId, seals);
          if (open instanceof Failure) return open;
          if (isKioskClosed(db, unitId)) return fail('KIOSK_CLOSED');
          closeKiosk(db, unitId, open.contests, { userId: user.id, at: now() });
          return kioskStatus(db, unitId);
        },
      );
      // No code casts any more: phones lose the page with the kiosk.
      if (!(status instanceof Failure)) await hallNetwork.stopFor(unitId);
      return status;
    },
  };
}

const twice: Bilingual = { vi: 'một người được góp ý có hai phiếu', en: 'one person assessed has two ballots' };
const foreign: Bilingual = {
  vi: 'có phiếu của người không thuộc hội nghị này',
  en: 'a ballot is for someone outside this conference',
};
const missing = (name: string): Bilingual => ({
  vi: `thiếu phiếu góp ý cho ${name}`,
  en: `the ballot for ${name} is missing`,
});

/** At the kiosk a ballot is official and unsigned by nature: the only invalid one is a blank. */
function kioskOnlyProblems(ballot: BallotEntry): Bilingual[] {
  return !ballot.valid && ballot.invalidReason !== 'blank'
    ? [
        {
          vi: 'phiếu điện tử chỉ có thể không hợp lệ vì để trống',
          en: 'an electronic ballot can only be invalid as blank',
        },
      ]
    : [];
}
