import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/runCli';
import { formatDigest } from '../../../shared/results/digestGroups';
import { closedContest } from '../../helpers/testCounting';
import { openssl } from '../../helpers/openssl';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { signingPassphrase } from '../../helpers/testVault';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([]),
    questions: new Writable({ write: (_chunk, _encoding, done) => done() }),
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    env: {},
  });
  return { code, stdout, stderr };
}

/** The command README.md gives a district officer, word for word. */
function readmeCommand(): string[] {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
  const line = readme.split('\n').find((text) => text.startsWith('openssl cms -verify'));
  if (!line) throw new Error('README.md has no `openssl cms -verify` line');
  return line.split(/\s+/).slice(1);
}

describe('kiem-phieu result verify', () => {
  const temp = useTempDirectories();

  it('checks a package without a vault, writes the parts, and the README openssl command verifies them', async () => {
    const { core, head, school } = await closedContest(temp());
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    await head.ok('signing.generate', {
      name: 'Trần Văn Bình',
      post: 'Trưởng ban kiểm phiếu',
      passphrase: signingPassphrase,
    });
    await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase });
    const exported = await head.ok('results.exportPackage', { sealId: sealed.id });
    core.shutdown();

    const directory = temp();
    const file = join(directory, exported.fileName);
    writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));
    const out = join(directory, 'parts');
    const verified = await run(['--data-dir', temp(), 'result', 'verify', '--file', file, '--out', out]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Gói kết quả hợp lệ');
    expect(verified.stdout).toContain(formatDigest(sealed.digest));
    expect(verified.stdout).toContain('Trần Văn Bình');
    expect(verified.stdout).toContain('NP-0012');

    // README: run in the folder holding result.json, result.p7s and certificate.pem.
    const inParts = readmeCommand().map((word) =>
      ['result.json', 'result.p7s', 'certificate.pem'].includes(word) ? join(out, word) : word,
    );
    const good = openssl(inParts);
    expect(good.stderr).toContain('Verification successful');
    expect(good.status).toBe(0);
    const json = readFileSync(join(out, 'result.json'));
    json.writeUInt8(json.readUInt8(json.length - 2) ^ 0x01, json.length - 2);
    writeFileSync(join(out, 'result.json'), json);
    expect(openssl(inParts).status).not.toBe(0);

    const english = await run(['--data-dir', temp(), '--lang', 'en', 'result', 'verify', '--file', file]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('The result package is valid');
  });

  it('exits 1 with one line when the package was altered, and 2 when --file is missing', async () => {
    const { core, head, school } = await closedContest(temp());
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    await head.ok('signing.generate', {
      name: 'Trần Văn Bình',
      post: 'Trưởng ban kiểm phiếu',
      passphrase: signingPassphrase,
    });
    await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase });
    const exported = await head.ok('results.exportPackage', { sealId: sealed.id });
    core.shutdown();

    const directory = temp();
    const file = join(directory, 'altered.kqkp.json');
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    writeFileSync(file, text.replace('NP-0012', 'NP-0013'));
    const altered = await run(['--data-dir', temp(), 'result', 'verify', '--file', file]);
    expect(altered.code).toBe(1);
    expect(altered.stderr.trim().split('\n')).toHaveLength(1);
    expect(altered.stderr).toContain('Gói kết quả bị từ chối');
    expect(altered.stdout).toBe('');

    const missing = await run(['--data-dir', temp(), 'result', 'verify']);
    expect(missing.code).toBe(2);
    const absent = await run(['--data-dir', temp(), 'result', 'verify', '--file', join(directory, 'none.json')]);
    expect(absent.code).toBe(1);
  });
});
