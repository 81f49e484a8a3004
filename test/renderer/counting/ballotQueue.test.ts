import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { errorPayload } from '../../../shared/errors';
import { BallotQueue, type BallotSaver, type QueueState } from '../../../renderer/counting/ballotQueue';

const ballot = (prestige: number): BallotEntry => ({ valid: true, answers: [1], notes: {}, other: '', prestige });
const figures = { keystrokes: 17, activeMs: 3000 };
const offline = { seen: 'default route', since: '08:00' };

/**
 * A core that stores ballots in the order the saves reach it; each save waits until the test lets
 * it through, and then either stores (answering or not) or refuses.
 */
function slowCore(already: readonly number[] = []) {
  const stored = [...already];
  const calls: string[] = [];
  const inFlight: Array<(outcome: 'store' | 'refuse' | 'loseAnswer') => void> = [];
  let mostInFlight = 0;
  const saver: BallotSaver = {
    save: (entry) =>
      new Promise((resolve) => {
        calls.push('save');
        mostInFlight = Math.max(mostInFlight, inFlight.length + 1);
        inFlight.push((outcome) => {
          if (outcome === 'refuse') return resolve({ ok: false, error: errorPayload('MACHINE_ONLINE', offline) });
          stored.push(entry.valid ? Number(entry.prestige) : 0);
          if (outcome === 'loseAnswer') return resolve({ ok: false, error: errorPayload('CORE_UNREACHABLE') });
          resolve({ ok: true, value: { position: stored.length, keyed: stored.length } });
        });
      }),
    undo: async () => {
      calls.push('undo');
      stored.pop();
      return { ok: true, value: { keyed: stored.length } };
    },
    stored: async () => {
      calls.push('stored');
      return { ok: true, value: stored.length };
    },
  };
  /** Lets the oldest save in flight through, then lets the queue go on. */
  const answer = async (outcome: 'store' | 'refuse' | 'loseAnswer' = 'store') => {
    inFlight.shift()!(outcome);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { saver, stored, calls, answer, mostInFlight: () => mostInFlight, inFlight };
}

function queueOn(core: ReturnType<typeof slowCore>) {
  const states: QueueState[] = [];
  const saved: number[] = [];
  const queue = new BallotQueue(core.saver, core.stored.length, (state, position) => {
    states.push(state);
    if (position !== undefined) saved.push(position);
  });
  return { queue, states, saved };
}

describe('the queue of finished ballots', () => {
  it('saves ballots typed during a save one after another, in the order typed, each once', async () => {
    const core = slowCore();
    const { queue, saved } = queueOn(core);
    for (const prestige of [1, 2, 3]) queue.add(ballot(prestige), figures);
    expect(queue.typed).toBe(3);
    expect(queue.state).toEqual({ stored: 0, waiting: 3, failure: null });
    for (let count = 0; count < 3; count += 1) await core.answer();
    expect(core.stored).toEqual([1, 2, 3]);
    expect(saved).toEqual([1, 2, 3]);
    expect(core.mostInFlight()).toBe(1);
    expect(await queue.settled()).toEqual({ stored: 3, waiting: 0, failure: null });
  });

  it('stops at a refused save and keeps every later ballot; saving again stores them in order', async () => {
    const core = slowCore([9, 9, 9, 9]);
    const { queue } = queueOn(core);
    for (const prestige of [1, 2, 3]) queue.add(ballot(prestige), figures);
    await core.answer('refuse');
    expect(queue.state).toEqual({ stored: 4, waiting: 3, failure: errorPayload('MACHINE_ONLINE', offline) });
    expect(core.inFlight).toHaveLength(0);
    // A ballot typed after the failure waits behind the others.
    queue.add(ballot(4), figures);
    expect(core.inFlight).toHaveLength(0);
    const retried = queue.retry();
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let count = 0; count < 4; count += 1) await core.answer();
    await retried;
    expect(core.stored).toEqual([9, 9, 9, 9, 1, 2, 3, 4]);
    expect(queue.state).toEqual({ stored: 8, waiting: 0, failure: null });
  });

  it('does not store twice a ballot whose answer was lost although the core stored it', async () => {
    const core = slowCore();
    const { queue } = queueOn(core);
    queue.add(ballot(1), figures);
    queue.add(ballot(2), figures);
    await core.answer('loseAnswer');
    expect(queue.state.failure?.code).toBe('CORE_UNREACHABLE');
    expect(queue.state.waiting).toBe(2);
    const retried = queue.retry();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await core.answer();
    await retried;
    expect(core.stored).toEqual([1, 2]);
    expect(queue.state).toEqual({ stored: 2, waiting: 0, failure: null });
  });

  it('takes back the last ballot typed: one still waiting never reaches the core', async () => {
    const core = slowCore();
    const { queue } = queueOn(core);
    queue.add(ballot(1), figures);
    queue.add(ballot(2), figures);
    const undone = queue.undo();
    await core.answer();
    expect(await undone).toEqual({ ok: true, value: { keyed: 1 } });
    expect(core.stored).toEqual([1]);
    expect(core.calls).toEqual(['save']);
    expect(queue.state).toEqual({ stored: 1, waiting: 0, failure: null });
  });

  it('waits for the save in flight before taking back the ballot it stores', async () => {
    const core = slowCore([9]);
    const { queue } = queueOn(core);
    queue.add(ballot(5), figures);
    const undone = queue.undo();
    await core.answer();
    expect(await undone).toEqual({ ok: true, value: { keyed: 1 } });
    expect(core.calls).toEqual(['save', 'undo']);
    expect(core.stored).toEqual([9]);
    queue.add(ballot(6), figures);
    await core.answer();
    expect(core.stored).toEqual([9, 6]);
  });

  it('after a lost answer, takes back the ballot the core stored rather than forgetting it', async () => {
    const core = slowCore();
    const { queue } = queueOn(core);
    queue.add(ballot(1), figures);
    await core.answer('loseAnswer');
    expect(await queue.undo()).toEqual({ ok: true, value: { keyed: 0 } });
    expect(core.calls).toEqual(['save', 'stored', 'undo']);
    expect(core.stored).toEqual([]);
    expect(queue.state).toEqual({ stored: 0, waiting: 0, failure: null });
  });
});
