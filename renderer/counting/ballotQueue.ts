import type { CallResult } from '../../shared/contract/define';
import type { BallotEntry } from '../../shared/counting/ballot';
import type { ErrorPayload } from '../../shared/errors';

type Result<T> = Promise<CallResult<T, ErrorPayload['code']>>;

/** The keystrokes and active time of one ballot, taken when its Enter was pressed. */
export interface BallotFigures {
  readonly keystrokes: number;
  readonly activeMs: number;
}

/** What the queue needs of the core, for a pass of double entry or an audit's keying. */
export interface BallotSaver {
  save(ballot: BallotEntry, figures: BallotFigures): Result<{ position: number; keyed: number }>;
  undo(): Result<{ keyed: number }>;
  /** How many ballots the core holds for this keying: whether a save whose answer was lost went through. */
  stored(): Result<number>;
}

export interface QueueState {
  /** Ballots the core has confirmed. */
  readonly stored: number;
  /** Ballots typed and not confirmed yet, in paper order (the one being saved first). */
  readonly waiting: number;
  /** Why the first waiting ballot was not saved; the queue stands still until saved again. */
  readonly failure: ErrorPayload | null;
}

/**
 * The ballots a keyer has finished, saved one after another in the order they were typed, while
 * the screen already takes the next one: keys pressed during a save are the next ballot's, and
 * no save overtakes another, so each ballot lands once, at its paper position.
 *
 * A save that fails stops the queue there, every later ballot kept behind it: nothing is dropped.
 * Saving again first asks the core how many ballots it holds, so a ballot stored whose answer
 * was lost on the way back is not stored twice (only this screen writes to its keying).
 * Undo takes back the last ballot typed: one still waiting never reaches the core; otherwise it
 * waits for the save in flight and takes back the ballot that save stored.
 */
export class BallotQueue {
  private readonly waiting: Array<{ ballot: BallotEntry; figures: BallotFigures }> = [];
  private stored: number;
  private failure: ErrorPayload | null = null;
  /** The loop saving the waiting ballots, while it runs. */
  private running: Promise<void> | null = null;
  /** An undo or a new attempt holds the queue still while it looks at it. */
  private held = 0;

  constructor(
    private readonly saver: BallotSaver,
    stored: number,
    private readonly changed: (state: QueueState, savedPosition?: number) => void,
  ) {
    this.stored = stored;
  }

  get state(): QueueState {
    return { stored: this.stored, waiting: this.waiting.length, failure: this.failure };
  }

  /** Ballots typed so far: stored or waiting. */
  get typed(): number {
    return this.stored + this.waiting.length;
  }

  add(ballot: BallotEntry, figures: BallotFigures): void {
    this.waiting.push({ ballot, figures });
    this.changed(this.state);
    this.pump();
  }

  /** Saves the waiting ballots again after a failure. */
  async retry(): Promise<void> {
    this.held += 1;
    try {
      await this.settled();
      if (this.failure) await this.recount();
    } finally {
      this.held -= 1;
      this.pump();
    }
  }

  /** Takes back the last ballot typed; the count of ballots typed after it. */
  async undo(): Result<{ keyed: number }> {
    this.held += 1;
    try {
      await this.settled();
      if (this.failure) {
        const failure = await this.recount();
        if (failure) return { ok: false, error: failure };
      }
      if (this.waiting.length > 0) {
        this.waiting.pop();
        if (this.waiting.length === 0) this.failure = null;
        this.changed(this.state);
        return { ok: true, value: { keyed: this.typed } };
      }
      const result = await this.saver.undo();
      if (result.ok) {
        this.stored = result.value.keyed;
        this.changed(this.state);
      }
      return result;
    } finally {
      this.held -= 1;
      this.pump();
    }
  }

  /** Once no save is in flight: what is stored, and what still waits (after a failure). */
  async settled(): Promise<QueueState> {
    while (this.running) await this.running;
    return this.state;
  }

  private pump(): void {
    if (this.running || this.held > 0 || this.failure || this.waiting.length === 0) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      this.pump();
    });
  }

  private async drain(): Promise<void> {
    while (this.held === 0 && !this.failure && this.waiting.length > 0) {
      const next = this.waiting[0]!;
      const result = await this.saver.save(next.ballot, next.figures);
      if (!result.ok) {
        this.failure = result.error;
        this.changed(this.state);
        return;
      }
      this.waiting.shift();
      this.stored = result.value.keyed;
      this.changed(this.state, result.value.position);
    }
  }

  /**
   * After a failure: the waiting ballots the core holds all the same (their answer was lost) are
   * stored; the rest wait to be saved again. The failure of asking, if asking fails.
   */
  private async recount(): Promise<ErrorPayload | null> {
    const count = await this.saver.stored();
    if (!count.ok) {
      this.failure = count.error;
      this.changed(this.state);
      return count.error;
    }
    this.waiting.splice(0, Math.max(0, count.value - this.stored));
    this.stored = count.value;
    this.failure = null;
    this.changed(this.state);
    return null;
  }
}
