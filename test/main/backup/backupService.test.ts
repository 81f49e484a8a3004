import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/runCli';
import { clientOf, type TestClient } from '../../helpers/testCore';
import { createCore } from '../../../main/core/createCore';
import { signedContest } from '../../helpers/testBackup';
import { closedContest } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword, fastScrypt } from '../../helpers/testVault';

const adminLogin = 'quantri';

async function run(argv: string[], stdinLines: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from(stdinLines.map((line) => `${line}\n`)),
    questions: new Writable({ write: (_chunk, _encoding, done) => done() }),
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    env: {},
  });
  return { code, stdout, stderr };
}

/** The outcome of the next automatic backup: the one recorded after `previous`. */
async function automaticOutcome(admin: TestClient, previous: string | null = null) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const settings = await admin.ok('backup.settings', {});
    const last = settings.lastAutomatic;
    if (last && JSON.stringify(last) !== previous) return { ...settings, seen: JSON.stringify(last) };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no automatic backup');
}

describe('backups through the API and the CLI', () => {
  const temp = useTempDirectories();

  it('an archivist backs up to an archive key, verifies, restores elsewhere; other roles are refused', async () => {
    const dataDirectory = temp();
    const { core, admin, head, counter1, school } = await signedContest(dataDirectory);
    const folder = temp();
    await admin.ok('backup.configure', { folder, keep: 3 });
    const { identity, recipient } = await admin.ok('backup.generateKey', { label: 'Văn thư lưu trữ' });
    expect(identity).toMatch(/^AGE-SECRET-KEY-1/);
    const settings = await admin.ok('backup.settings', {});
    expect(settings).toMatchObject({ folder, folderState: 'ok', recipients: [recipient] });
    expect(await admin.code('backup.addRecipient', { label: 'Lần nữa', recipient: recipient.recipient })).toBe(
      'RECIPIENT_EXISTS',
    );

    // Progress is readable while the export runs.
    const exporting = admin.ok('backup.export', { to: 'recipients' });
    expect((await admin.ok('backup.progress', {})).running).toBe(true);
    const made = await exporting;
    expect((await admin.ok('backup.progress', {})).running).toBe(false);
    expect(made.counts).toMatchObject({ contests: expect.any(Number), ballots: 20, seals: 1 });
    const [listed] = await admin.ok('backup.list', {});
    expect(listed).toMatchObject({ fileName: made.fileName, bytes: made.bytes });

    expect(await admin.code('backup.verify', { fileName: made.fileName, key: { passphrase: 'không phải' } })).toBe(
      'BACKUP_WRONG_KEY',
    );
    const verified = await admin.ok('backup.verify', { fileName: made.fileName, key: { identity } });
    expect(verified).toMatchObject({ signaturesVerified: 1, counts: { ballots: 20, seals: 1 } });
    expect(await admin.code('backup.verify', { fileName: '../vault.db.age', key: { identity } })).toBe('INVALID_INPUT');

    // Never over the working vault; into a new folder, which then opens with the same password.
    expect(
      await admin.code('backup.restore', { fileName: made.fileName, key: { identity }, target: dataDirectory }),
    ).toBe('BACKUP_TARGET_NOT_EMPTY');
    const target = join(temp(), 'khoi-phuc');
    const restored = await admin.ok('backup.restore', { fileName: made.fileName, key: { identity }, target });
    expect(restored.target).toBe(target);
    const original = await head.ok('results.tally', { contestId: school.id });
    expect(await head.code('backup.export', { to: 'recipients' })).toBe('FORBIDDEN');
    expect(await head.code('backup.restore', { fileName: made.fileName, key: { identity }, target })).toBe('FORBIDDEN');
    expect(await counter1.code('backup.settings', {})).toBe('FORBIDDEN');
    core.shutdown();
    const again = createCore({ shell: 'cli', dataDirectory: target, scryptCost: fastScrypt });
    const restoredAdmin = clientOf(again);
    await restoredAdmin.ok('session.signIn', { login: adminLogin, password: adminPassword });
    expect(await restoredAdmin.ok('results.tally', { contestId: school.id })).toEqual(original);
    expect((await restoredAdmin.ok('audit.verify', {})).ok).toBe(true);
    again.shutdown();
  }, 60_000);

  it('each seal and amendment backs up to the archive keys, keeping the newest N; a missing folder is reported', async () => {
    const { admin, head, school } = await closedContest(temp());
    await admin.ok('backup.configure', { folder: join(temp(), 'o-usb-chua-cam'), keep: 2 });
    expect((await admin.ok('backup.settings', {})).folderState).toBe('missing');
    await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    const failed = await automaticOutcome(admin);
    expect(failed.lastAutomatic?.problem?.vi).toContain('thư mục sao lưu');
    expect(failed.lastAutomatic?.problem?.en).toContain('backup folder');
    // The head is told too.
    expect((await head.ok('backup.settings', {})).lastAutomatic?.problem).not.toBeNull();

    const folder = temp();
    writeFileSync(join(folder, 'kiem-phieu-20200101-000000.age'), 'made by hand: never pruned');
    await admin.ok('backup.configure', { folder, keep: 2 });
    await admin.ok('backup.generateKey', { label: 'Văn thư lưu trữ' });
    let seen = failed.seen;
    for (const [index, reason] of ['Sửa số niêm phong lần một', 'Sửa số niêm phong lần hai', 'Lần ba'].entries()) {
      await head.ok('results.amend', {
        contestId: school.id,
        reason: `${reason} cho đúng`,
        envelopeSeal: `NP-${index}`,
      });
      const outcome = await automaticOutcome(admin, seen);
      expect(outcome.lastAutomatic?.problem).toBeNull();
      seen = outcome.seen;
    }
    const names = readdirSync(folder).sort();
    expect(names.filter((name) => name.endsWith('-tu-dong.age'))).toHaveLength(2);
    expect(names).toContain('kiem-phieu-20200101-000000.age');
  }, 60_000);

  it('the CLI exports with progress on stderr, and verifies and restores with an identity file and no vault', async () => {
    const dataDirectory = temp();
    const { core, admin } = await signedContest(dataDirectory);
    const { identity } = await admin.ok('backup.generateKey', { label: 'Văn thư lưu trữ' });
    core.shutdown();
    const out = temp();
    const exported = await run(
      ['--data-dir', dataDirectory, '--user', adminLogin, 'backup', 'export', '--to-keys', '--out-dir', out],
      [adminPassword],
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('Đã sao lưu');
    expect(exported.stdout).toContain('20 phiếu');
    const [file] = readdirSync(out);
    const keyFile = join(temp(), 'khoa.txt');
    writeFileSync(keyFile, `# khóa lưu trữ\n${identity}\n`);

    // Verified on a machine without a vault, with the key in a file.
    const verify = (path: string) =>
      run(['--data-dir', temp(), 'backup', 'verify', '--file', path, '--identity-file', keyFile]);
    const verified = await verify(join(out, file!));
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Bản sao lưu nguyên vẹn');
    expect(verified.stderr).toMatch(/giải mã và kiểm tra \d+ %/);

    const target = join(temp(), 'moi');
    const restored = await run([
      '--data-dir',
      temp(),
      'backup',
      'restore',
      '--file',
      join(out, file!),
      '--to',
      target,
      '--identity-file',
      keyFile,
    ]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(existsSync(join(target, 'vault.header.json'))).toBe(true);

    // Compaction when asked: the database rewritten by VACUUM INTO, as whole as the copy of its pages.
    const compactOut = temp();
    const compacted = await run(
      [
        '--data-dir',
        dataDirectory,
        '--user',
        adminLogin,
        'backup',
        'export',
        '--to-keys',
        '--compact',
        '--out-dir',
        compactOut,
      ],
      [adminPassword],
    );
    expect(compacted.code, compacted.stderr).toBe(0);
    expect(compacted.stdout).toContain('20 phiếu');
    const [compactFile] = readdirSync(compactOut);
    const compactVerified = await verify(join(compactOut, compactFile!));
    expect(compactVerified.code, compactVerified.stderr).toBe(0);

    const usage = await run(['backup', 'export', '--to-keys', '--passphrase']);
    expect(usage.code).toBe(2);
  }, 90_000);
});
