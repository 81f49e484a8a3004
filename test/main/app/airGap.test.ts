import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AirGapReading } from '../../../shared/app/airGap';
import type { AirGapProbe } from '../../../main/app/airGapProbe';
import { AirGapWatch } from '../../../main/app/airGapWatch';
import { clientOf, coreWithVault, reopenedCore, type TestClient } from '../../helpers/testCore';
import {
  ballotLines,
  closedContest,
  keyBatch,
  openCampaign,
  recordCounts,
  schoolBallot,
} from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword } from '../../helpers/testVault';

/** A machine whose cable a test plugs in and pulls out, and a clock it moves. */
function machine() {
  let online = false;
  let now = Date.parse('2023-05-17T02:00:00.000Z');
  const reading = (): AirGapReading => ({
    checks: [
      { check: 'defaultRoute', outside: online, seen: online ? ['eth0 → 192.0.2.1'] : [] },
      { check: 'interface', outside: online, seen: online ? ['eth0 192.0.2.2/24'] : [] },
      { check: 'resolver', outside: false, seen: [] },
    ],
    simulated: false,
  });
  const probe = vi.fn<AirGapProbe>(reading);
  return {
    probe,
    options: { airGap: { probe, now: () => new Date(now) } },
    plug: (value: boolean) => void (online = value),
    later: (seconds: number) => void (now += seconds * 1000),
  };
}

const airGapEntries = async (admin: TestClient) =>
  (await admin.ok('audit.list', { limit: 500 })).entries
    .filter((entry) => entry.event.startsWith('airGap.'))
    .map((entry) => ({ event: entry.event, details: entry.details }))
    .reverse();

describe('the air-gap check in the core', () => {
  const temp = useTempDirectories();

  afterEach(() => void vi.useRealTimers());

  it('runs at once and every 30 s, keeping since when the machine has been as it is', () => {
    vi.useFakeTimers();
    const plugged = machine();
    const watch = new AirGapWatch(plugged.options.airGap);
    watch.start();
    expect(plugged.probe).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(29_999);
    expect(plugged.probe).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(plugged.probe).toHaveBeenCalledTimes(2);
    const firstSince = watch.status().since;
    plugged.later(60);
    plugged.plug(true);
    vi.advanceTimersByTime(30_000);
    expect(watch.status()).toMatchObject({ online: true, since: '2023-05-17T02:01:00.000Z' });
    plugged.later(60);
    vi.advanceTimersByTime(30_000);
    expect(watch.status()).toMatchObject({ online: true, since: '2023-05-17T02:01:00.000Z' });
    expect(watch.status().checkedAt).toBe('2023-05-17T02:02:00.000Z');
    expect(firstSince).toBe('2023-05-17T02:00:00.000Z');
    watch.stop();
    vi.advanceTimersByTime(120_000);
    expect(plugged.probe).toHaveBeenCalledTimes(4);
  });

  it('keeps the last answer when the probe fails, and reports the bug', () => {
    const bugs: unknown[] = [];
    let fail = false;
    const plugged = machine();
    const watch = new AirGapWatch({
      probe: () => {
        if (fail) throw new Error('no /proc');
        return plugged.probe();
      },
      reportBug: (error) => bugs.push(error),
    });
    plugged.plug(true);
    expect(watch.check().online).toBe(true);
    fail = true;
    expect(watch.check().online).toBe(true);
    expect(bugs).toHaveLength(1);
  });

  it('tells every window, signed in or not, and audits each change once, with what was seen', async () => {
    const plugged = machine();
    const { core, admin } = await coreWithVault(temp(), plugged.options);
    const anonymous = clientOf(core);
    expect(await anonymous.ok('app.airGap', {})).toMatchObject({ online: false, simulated: false });

    plugged.plug(true);
    core.airGap.check();
    plugged.later(30);
    core.airGap.check();
    core.airGap.check();
    const seen = await anonymous.ok('app.airGap', {});
    expect(seen).toMatchObject({
      online: true,
      since: '2023-05-17T02:00:00.000Z',
      checkedAt: '2023-05-17T02:00:30.000Z',
    });
    expect(seen.checks[0]).toEqual({ check: 'defaultRoute', outside: true, seen: ['eth0 → 192.0.2.1'] });

    plugged.later(30);
    plugged.plug(false);
    core.airGap.check();
    core.airGap.check();
    expect(await airGapEntries(admin)).toEqual([
      {
        event: 'airGap.online',
        details: {
          since: '2023-05-17T02:00:00.000Z',
          simulated: false,
          findings: [
            { check: 'defaultRoute', seen: ['eth0 → 192.0.2.1'] },
            { check: 'interface', seen: ['eth0 192.0.2.2/24'] },
          ],
        },
      },
      { event: 'airGap.offline', details: { since: '2023-05-17T02:01:00.000Z', simulated: false } },
    ]);
    core.shutdown();
  });

  it('records a change seen while the vault was locked at the first call after sign-in, and never twice across restarts', async () => {
    const plugged = machine();
    const directory = temp();
    const { core, admin } = await coreWithVault(directory, plugged.options);
    await admin.ok('session.lock', {});
    plugged.plug(true);
    core.airGap.check();
    await admin.ok('session.signIn', { login: 'quantri', password: adminPassword });
    expect((await airGapEntries(admin)).map((entry) => entry.event)).toEqual(['airGap.online']);
    core.shutdown();

    // Still online after a restart (or a command-line run): the audit already says so.
    const again = await reopenedCore(directory, plugged.options);
    again.core.airGap.check();
    expect((await airGapEntries(again.admin)).map((entry) => entry.event)).toEqual(['airGap.online']);
    again.core.shutdown();
  });

  it('refuses keying and imports while online when the campaign asks, naming what was seen, until the machine is offline again', async () => {
    const plugged = machine();
    const { core, head, counter1, campaign, school } = await openCampaign(temp(), 2, plugged.options);
    await recordCounts(head, school, { valid: 2 });
    const batch = await head.ok('counting.createBatch', { contestId: school.id, label: 'Hộp 1' });
    plugged.plug(true);
    core.airGap.check();

    const refusal = await counter1.call('counting.startKeying', { batchId: batch.id });
    expect(refusal.ok).toBe(false);
    if (refusal.ok) return;
    expect(refusal.error.code).toBe('MACHINE_ONLINE');
    expect(refusal.error.message.vi).toContain(
      'thấy tuyến mặc định eth0 → 192.0.2.1; giao diện mạng đang bật eth0 192.0.2.2/24; từ 17/05/2023 09:00',
    );
    expect(refusal.error.message.en).toContain('seen: default route eth0 → 192.0.2.1; network interface up eth0');
    const lines = { contestId: school.id, fileName: 'phieu.jsonl', text: ballotLines(school.id, ['1'.repeat(15)]) };
    expect(await head.code('counting.importBallots', lines)).toBe('MACHINE_ONLINE');
    // What does not bring ballots in goes on: the desk, a new batch.
    expect(await head.code('counting.desk', { campaignId: campaign.id })).toBe('ok');
    expect(await head.code('counting.createBatch', { contestId: school.id, label: 'Hộp 2' })).toBe('ok');

    plugged.plug(false);
    core.airGap.check();
    const keying = await counter1.ok('counting.startKeying', { batchId: batch.id });
    const save = { keyingId: keying.keyingId, ballot: schoolBallot('1'.repeat(15)), keystrokes: 16, activeMs: 3000 };
    await counter1.ok('counting.saveBallot', save);
    // Plugged in halfway through a keying: the next ballot waits.
    plugged.plug(true);
    core.airGap.check();
    expect(await counter1.code('counting.saveBallot', save)).toBe('MACHINE_ONLINE');
    plugged.plug(false);
    core.airGap.check();
    expect((await counter1.ok('counting.saveBallot', save)).keyed).toBe(2);
    core.shutdown();
  });

  it('refuses sealing, amending, signing and concluding a correction while online when the campaign asks', async () => {
    const plugged = machine();
    const { core, head, school } = await closedContest(temp(), plugged.options);
    plugged.plug(true);
    core.airGap.check();
    const seal = { contestId: school.id, envelopeSeal: 'NP-0012' };
    expect(await head.code('results.seal', seal)).toBe('MACHINE_ONLINE');

    plugged.plug(false);
    core.airGap.check();
    const sealed = await head.ok('results.seal', seal);
    const correction = await head.ok('corrections.open', {
      contestId: school.id,
      kind: 'recount',
      reason: 'Tổ trưởng đề nghị kiểm lại hộp 1.',
    });
    plugged.plug(true);
    core.airGap.check();
    expect(await head.code('results.sign', { sealId: sealed.id, passphrase: 'cụm mật khẩu ký số' })).toBe(
      'MACHINE_ONLINE',
    );
    expect(await head.code('results.amend', { contestId: school.id, reason: 'Ghi lại số niêm phong phong bì' })).toBe(
      'MACHINE_ONLINE',
    );
    const concluding = {
      correctionId: correction.id,
      outcome: 'noChange',
      findings: 'Kiểm lại hộp 1: đúng như đã nhập.',
    };
    expect(await head.code('corrections.conclude', concluding)).toBe('MACHINE_ONLINE');
    plugged.plug(false);
    core.airGap.check();
    expect(await head.code('corrections.conclude', concluding)).toBe('ok');
    core.shutdown();
  });

  it('refuses nothing while online in a campaign that does not ask: the banner and the audit still say so', async () => {
    const plugged = machine();
    const { core, admin, head, counter1, school } = await openCampaign(temp(), 2, plugged.options, {
      refuseWhileOnline: false,
    });
    await recordCounts(head, school, { valid: 1 });
    plugged.plug(true);
    core.airGap.check();
    const batch = await head.ok('counting.createBatch', { contestId: school.id, label: 'Hộp 1' });
    await keyBatch(counter1, batch.id, [schoolBallot('1'.repeat(15))]);
    await head.ok('counting.importBallots', {
      contestId: school.id,
      fileName: 'phieu.jsonl',
      text: ballotLines(school.id, ['2'.repeat(15)]),
    });
    expect((await head.ok('app.airGap', {})).online).toBe(true);
    expect((await airGapEntries(admin)).map((entry) => entry.event)).toEqual(['airGap.online']);
    core.shutdown();
  });
});
