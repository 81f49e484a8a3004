import type { CallResult } from '../../shared/contract';
import type { BallotEntry } from '../../shared/counting/ballot';
import type { KioskBallotPaper } from '../../shared/kiosk/kioskSchemas';
import type { ApiClient } from '../api/client';

/** One person's ballot as a voter casts it. */
export interface CastBallot {
  readonly contestId: string;
  readonly ballot: BallotEntry;
}

/**
 * Where a voter's code and ballots go: all the voter flow needs, and nothing of who is signed
 * in. The kiosk's box is the head's session, bound to one conference; a phone's box is the hall
 * network's two casting calls, where the listener knows the conference itself. Either answers as
 * a call does, a broken connection included, so the flow handles one shape.
 */
export interface BallotBox {
  /** The conference's forms, with a live code; burns nothing. */
  ballotPaper(code: string): Promise<CallResult<KioskBallotPaper>>;
  /** Casts one voter's ballots (one per person, in the paper's order) and burns the code. */
  cast(code: string, ballots: readonly CastBallot[]): Promise<CallResult<{ done: true }>>;
}

/** The kiosk's box: the calls of the one signed in, for the conference the kiosk was opened for. */
export function sessionBallotBox(call: ApiClient['call'], unitId: string): BallotBox {
  return {
    ballotPaper: (code) => call('kiosk.ballotPaper', { unitId, code }),
    cast: (code, ballots) => call('kiosk.cast', { unitId, code, ballots: [...ballots] }),
  };
}
