import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:https';
import { describe, expect, it, vi } from 'vitest';
import { castingPaths } from '../../../shared/kiosk/castingPaths';
import { newCode } from '../../../shared/kiosk/oneTimeCodes';
import { clientOf } from '../../helpers/testCore';
import { openCampaign } from '../../helpers/testCounting';
import { castingPageFixture, hallRequest } from '../../helpers/testHallNetwork';
import { useTempDirectories } from '../../helpers/tempDirectory';

const ballotFor = (form: { criteria: readonly unknown[]; prestige?: unknown }, mark: number) => ({
  valid: true as const,
  answers: form.criteria.map(() => mark),
  notes: {},
  other: '',
  prestige: form.prestige ? 1 : 0,
});

/** A program's output, run without blocking: the listener under test answers from this same process. */
function run(command: string, args: readonly string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', () => resolve(output));
    child.stdin.end(input);
  });
}

/** A campaign open for counting whose core stands for the browser shell, with the head signed in there. */
async function hallCampaign(directory: string) {
  const bundleDirectory = castingPageFixture(directory);
  const opened = await openCampaign(directory, 2, { shell: 'browser', bundleDirectory });
  const head = clientOf(opened.core, opened.core.openSession('browser'));
  await head.ok('session.signIn', { login: 'truongban', password: 'mật khẩu truongban' });
  const unitId = opened.contests.find((contest) => contest.unitName === 'Bồ Đề')!.unitId;
  const dispatched = vi.spyOn(opened.core.dispatcher, 'dispatch');
  return { ...opened, head, cliHead: opened.head, unitId, dispatched };
}

describe('the hall network: phones vote over HTTPS with the one-time codes, and reach nothing else', () => {
  const temp = useTempDirectories();

  it('is off by default and opens only for the head, from a window, on an address of this machine', async () => {
    const { core, head, cliHead, counter1, unitId } = await hallCampaign(temp());
    expect(await head.ok('kiosk.lanStatus', { unitId })).toEqual({ fingerprint: null, listener: null });
    const addresses = (await head.ok('kiosk.lanAddresses', {})).addresses;
    expect(addresses.map((entry) => entry.address)).toContain('127.0.0.1');
    // Loopback is offered last: the hall's network comes first.
    expect(addresses.at(-1)!.internal).toBe(true);

    const here = { unitId, address: '127.0.0.1', port: 0 };
    expect(await counter1.code('kiosk.openLan', here)).toBe('FORBIDDEN');
    // The command line ends with its call: it cannot hold a listener open.
    expect(await cliHead.code('kiosk.openLan', here)).toBe('SHELL_NOT_ALLOWED');
    expect(await head.code('kiosk.openLan', { ...here, address: '203.0.113.9' })).toBe('KIOSK_LAN_ADDRESS');
    expect(await head.code('kiosk.openLan', { ...here, address: '0.0.0.0' })).toBe('KIOSK_LAN_ADDRESS');
    expect(await head.code('kiosk.openLan', { ...here, port: 80 })).toBe('INVALID_INPUT');
    expect(await head.ok('kiosk.lanStatus', { unitId })).toEqual({ fingerprint: null, listener: null });

    const opened = await head.ok('kiosk.openLan', here);
    const { listener, fingerprint } = opened;
    expect(listener).toMatchObject({ unitId, unitName: 'Bồ Đề', address: '127.0.0.1', throttled: 0 });
    expect(listener!.url).toBe(`https://127.0.0.1:${listener!.port}/`);
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // The certificate the phone sees is the one whose fingerprint the slips print.
    const page = await hallRequest(listener!.url, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bỏ phiếu điện tử');
    expect(page.fingerprint).toBe(fingerprint);
    // As the README tells anyone to check it, with openssl.
    const served = await run('openssl', ['s_client', '-connect', `127.0.0.1:${listener!.port}`]);
    const checked = await run('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], served);
    expect(checked.trim()).toMatch(new RegExp(`^sha256 Fingerprint=${fingerprint}$`, 'i'));
    const audit = (await head.ok('audit.list', { limit: 10 })).entries.map((entry) => entry.event);
    expect(audit).toContain('kiosk.lanOpened');
    core.shutdown();
  }, 60_000);

  it('serves only the casting page and its two calls, for its own conference, to requests addressed to it', async () => {
    const { core, head, contests, unitId, dispatched } = await hallCampaign(temp());
    const { codes } = await head.ok('kiosk.issueCodes', { unitId, count: 3 });
    const school = contests.find((contest) => contest.unitName === 'THCS Ngọc Lâm')!;
    const foreignCode = (await head.ok('kiosk.issueCodes', { unitId: school.unitId, count: 1 })).codes[0]!;
    const { listener } = await head.ok('kiosk.openLan', { unitId, address: '127.0.0.1', port: 0 });
    const url = listener!.url;
    dispatched.mockClear();

    // The page's own files, and not the app's, even where they sit in the same folder.
    for (const path of ['/', '/assets/cast-page.js', '/assets/voter-flow.js', '/assets/cast-page.css'])
      expect((await hallRequest(url, { path })).status, path).toBe(200);
    const secure = await hallRequest(url, { path: '/' });
    // The page may talk only to its own origin, is never framed and never kept.
    expect(secure.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(secure.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(secure.headers['cache-control']).toBe('no-store');
    for (const path of ['/index.html', '/assets/index-app.js', '/.vite/manifest.json', '/cast.html/../index.html'])
      expect((await hallRequest(url, { path })).status, path).toBe(404);
    // Refused by Node's parser before the listener's handler (issue 22): still the typed error, with the page's headers.
    const tooLong = await hallRequest(url, { path: `/${'a'.repeat(100_000)}` });
    expect(tooLong.status).toBe(431);
    expect(tooLong.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tooLong.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    // No other call of the contract, by any spelling, whatever it carries.
    const attempts = [
      '/api/session.status',
      '/api/kiosk.issueCodes',
      '/api/users.list',
      '/cast/issueCodes',
      '/cast/close',
      '/cast/paper/../../api/kiosk.close',
      '/kiosk.cast',
    ];
    for (const path of attempts) {
      const answer = await hallRequest(url, { method: 'POST', path, body: { unitId, count: 5 } });
      expect(answer.status, path).toBe(404);
    }
    expect((await hallRequest(url, { method: 'GET', path: castingPaths.ballotPaper })).status).toBe(404);
    // Another host name (a rebinding page) or another origin is refused before anything is read.
    const paperRequest = { method: 'POST', path: castingPaths.ballotPaper, body: { code: codes[0] } } as const;
    expect((await hallRequest(url, { ...paperRequest, host: 'evil.example:443' })).status).toBe(403);
    expect((await hallRequest(url, { ...paperRequest, origin: 'https://evil.example' })).status).toBe(403);
    expect((await hallRequest(url, { ...paperRequest, body: 'not json' })).status).toBe(400);
    expect(dispatched).not.toHaveBeenCalled();

    // The two calls, for this conference only: a unitId in the body changes nothing.
    const paper = await hallRequest(url, { ...paperRequest, body: { code: codes[0], unitId: school.unitId } });
    expect(paper.json).toMatchObject({ ok: true, value: { unitName: 'Bồ Đề' } });
    const contestsOfPaper = (
      paper.json as { value: { contests: { contestId: string; form: { criteria: unknown[] } }[] } }
    ).value.contests;
    const ballots = contestsOfPaper.map((contest) => ({
      contestId: contest.contestId,
      ballot: ballotFor(contest.form, 2),
    }));
    const cast = (code: string) =>
      hallRequest(url, { method: 'POST', path: castingPaths.cast, body: { code, ballots } });
    expect((await cast(codes[0]!)).json).toEqual({ ok: true, value: { done: true } });
    // A burned code, and a code of another conference, fail as a wrong one.
    expect((await cast(codes[0]!)).json).toMatchObject({ ok: false, error: { code: 'KIOSK_CODE_INVALID' } });
    expect((await hallRequest(url, { ...paperRequest, body: { code: foreignCode } })).json).toMatchObject({
      ok: false,
      error: { code: 'KIOSK_CODE_INVALID' },
    });
    expect(dispatched.mock.calls.map(([name]) => name)).toEqual([
      'kiosk.ballotPaper',
      'kiosk.cast',
      'kiosk.cast',
      'kiosk.ballotPaper',
    ]);
    expect(dispatched.mock.calls.every(([, input]) => (input as { unitId: string }).unitId === unitId)).toBe(true);
    expect(await head.ok('kiosk.status', { unitId })).toMatchObject({ issued: 3, used: 1 });
    core.shutdown();
  }, 60_000);

  it('10,000 guessed codes all fail, and a device guessing is slowed to a few codes a minute', async () => {
    const { core, head, unitId, dispatched } = await hallCampaign(temp());
    const { codes } = await head.ok('kiosk.issueCodes', { unitId, count: 50 });
    const { listener } = await head.ok('kiosk.openLan', { unitId, address: '127.0.0.1', port: 0 });
    dispatched.mockClear();
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const answers = new Map<string, number>();
    const guesses = Array.from({ length: 10_000 }, () => newCode((n) => randomBytes(n)));
    const started = Date.now();
    for (let at = 0; at < guesses.length; at += 50) {
      const batch = await Promise.all(
        guesses
          .slice(at, at + 50)
          .map((code) =>
            hallRequest(listener!.url, { method: 'POST', path: castingPaths.ballotPaper, body: { code }, agent }),
          ),
      );
      for (const answer of batch) {
        const json = answer.json as { ok: boolean; error?: { code: string } };
        const key = json.ok ? 'ok' : json.error!.code;
        answers.set(key, (answers.get(key) ?? 0) + 1);
      }
    }
    const elapsedMs = Date.now() - started;
    agent.destroy();
    expect(answers.get('ok')).toBeUndefined();
    expect([...answers.keys()].sort()).toEqual(['KIOSK_CODE_INVALID', 'TOO_MANY_ATTEMPTS']);
    // Only the first ten wrong codes, and one more per ten seconds the guessing took, ever reached
    // the vault; the rest were refused at the door.
    expect(answers.get('KIOSK_CODE_INVALID')).toBeLessThanOrEqual(10 + Math.ceil(elapsedMs / 10_000));
    expect(dispatched.mock.calls.length).toBe(answers.get('KIOSK_CODE_INVALID'));
    const { listener: after } = await head.ok('kiosk.lanStatus', { unitId });
    expect(after!.throttled).toBe(answers.get('TOO_MANY_ATTEMPTS'));
    // The codes issued are all still live: guessing burned nothing.
    expect(await head.ok('kiosk.status', { unitId })).toMatchObject({ issued: codes.length, used: 0 });
    core.shutdown();
  }, 120_000);

  it('keeps one certificate per conference, prints it on the slips while open, and closes with the kiosk', async () => {
    const { core, head, contests, unitId } = await hallCampaign(temp());
    const { codes } = await head.ok('kiosk.issueCodes', { unitId, count: 2 });
    const slips = async () =>
      (await head.ok('print.preview', { document: { kind: 'kioskSlips', unitId, codes: [codes[0]!] } })).html;
    expect(await slips()).not.toContain('SHA-256');

    const first = await head.ok('kiosk.openLan', { unitId, address: '127.0.0.1', port: 0 });
    const printed = await slips();
    expect(printed).toContain(first.listener!.url);
    expect(printed).toContain(first.fingerprint!.split(':').slice(0, 11).join(':'));

    // One listener for the app: another conference waits until it is closed here.
    const school = contests.find((contest) => contest.unitName === 'THCS Ngọc Lâm')!;
    expect(await head.call('kiosk.openLan', { unitId: school.unitId, address: '127.0.0.1', port: 0 })).toMatchObject({
      error: { code: 'KIOSK_LAN_BUSY', message: { vi: expect.stringContaining('Bồ Đề') } },
    });

    const closed = await head.ok('kiosk.closeLan', { unitId });
    expect(closed).toEqual({ fingerprint: first.fingerprint, listener: null });
    await expect(hallRequest(first.listener!.url, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    expect(await slips()).not.toContain('SHA-256');

    // Opened again (another port), the conference keeps its certificate: slips printed earlier stay true.
    const again = await head.ok('kiosk.openLan', { unitId, address: '127.0.0.1', port: 0 });
    expect(again.fingerprint).toBe(first.fingerprint);
    expect((await hallRequest(again.listener!.url, { path: '/' })).fingerprint).toBe(first.fingerprint);

    // Closing the kiosk closes the hall network with it.
    await head.ok('kiosk.close', { unitId });
    expect((await head.ok('kiosk.lanStatus', { unitId })).listener).toBeNull();
    await expect(hallRequest(again.listener!.url, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    expect(await head.code('kiosk.openLan', { unitId, address: '127.0.0.1', port: 0 })).toBe('KIOSK_CLOSED');
    const audit = (await head.ok('audit.list', { limit: 20 })).entries.map((entry) => entry.event);
    expect(audit.filter((event) => event.startsWith('kiosk.lan'))).toEqual([
      'kiosk.lanOpened',
      'kiosk.lanClosed',
      'kiosk.lanOpened',
    ]);
    core.shutdown();
  }, 60_000);
});
