import { describe, expect, it } from 'vitest';
import { RateLimits } from '../../../main/kiosk/lan/rateLimits';

const limits = { requestBurst: 5, requestsPerSecond: 1, wrongCodeBurst: 3, wrongCodesPerMinute: 6, maxAddresses: 2 };

describe('the hall network’s rate limits', () => {
  it('lets a device burst, then refills steadily, each device on its own', () => {
    let now = 0;
    const gate = new RateLimits(limits, () => now);
    const admitted = () => Array.from({ length: 7 }, () => gate.admit('10.0.0.5')).filter(Boolean).length;
    expect(admitted()).toBe(5);
    expect(gate.admit('10.0.0.6')).toBe(true);
    now += 2_000;
    expect(admitted()).toBe(2);
    expect(gate.throttled()).toBe(7);
  });

  it('after a few wrong codes refuses everything from that device until the wrong-code bucket refills', () => {
    let now = 0;
    const gate = new RateLimits({ ...limits, requestBurst: 100 }, () => now);
    for (let wrong = 0; wrong < 3; wrong += 1) {
      expect(gate.admit('10.0.0.5')).toBe(true);
      gate.wrongCode('10.0.0.5');
    }
    expect(gate.admit('10.0.0.5')).toBe(false);
    expect(gate.admit('10.0.0.7')).toBe(true);
    // Six a minute: one every ten seconds.
    now += 9_000;
    expect(gate.admit('10.0.0.5')).toBe(false);
    now += 1_500;
    expect(gate.admit('10.0.0.5')).toBe(true);
  });

  it('remembers a bounded number of devices, forgetting the stalest first', () => {
    let now = 0;
    const gate = new RateLimits({ ...limits, requestBurst: 1, requestsPerSecond: 0.001 }, () => now);
    expect(gate.admit('a')).toBe(true);
    expect(gate.admit('b')).toBe(true);
    expect(gate.admit('b')).toBe(false);
    expect(gate.admit('c')).toBe(true);
    now += 1;
    // 'a' was the stalest and is forgotten; 'b' is still held to its empty bucket.
    expect(gate.admit('b')).toBe(false);
    expect(gate.admit('a')).toBe(true);
  });
});
