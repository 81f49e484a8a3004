import { describe, expect, it } from 'vitest';
import { airGapCheckKinds, airGapReadingSchema, airGapSeen, looksOnline } from '../../../shared/app/airGap';
import { airGapProbeFor, machineAirGapProbe } from '../../../main/app/airGapProbe';

describe('the air-gap probe on this machine', () => {
  it('reads the routes, the interfaces and the resolver (it reports what it sees and asserts only the shape)', () => {
    const started = performance.now();
    const reading = machineAirGapProbe();
    const elapsedMs = performance.now() - started;
    // Whoever runs the tests reads here what the check saw on this machine (CI included).
    process.stdout.write(
      `[air-gap probe] ${process.platform}: ${looksOnline(reading.checks) ? 'ONLINE' : 'offline'} in ${elapsedMs.toFixed(1)} ms\n` +
        reading.checks
          .map(
            (check) =>
              `  ${check.check}: ${check.outside === null ? 'not checked' : check.outside} ${check.seen.join(', ')}\n`,
          )
          .join('') +
        `  seen: ${airGapSeen(reading.checks).en || '(nothing)'}\n`,
    );
    expect(airGapReadingSchema.parse(reading)).toEqual(reading);
    expect(reading.checks.map((check) => check.check)).toEqual([...airGapCheckKinds]);
    expect(reading.simulated).toBe(false);
    for (const check of reading.checks)
      if (check.outside === false && check.check !== 'resolver') expect(check.seen).toEqual([]);
    if (process.platform === 'linux') expect(reading.checks.every((check) => check.outside !== null)).toBe(true);
  });

  it('is simulated only when KIEM_PHIEU_AIR_GAP says online or offline', () => {
    expect(airGapProbeFor({})).toBe(machineAirGapProbe);
    expect(airGapProbeFor({ KIEM_PHIEU_AIR_GAP: 'yes' })).toBe(machineAirGapProbe);
    const online = airGapProbeFor({ KIEM_PHIEU_AIR_GAP: 'online' })();
    expect(online.simulated).toBe(true);
    expect(looksOnline(online.checks)).toBe(true);
    const offline = airGapProbeFor({ KIEM_PHIEU_AIR_GAP: 'offline' })();
    expect(offline.simulated).toBe(true);
    expect(looksOnline(offline.checks)).toBe(false);
  });
});
