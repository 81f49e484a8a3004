// The offline bundle (build/release/offlineBundle.mjs, checksums.mjs) made from fake installers
// with a throwaway Ed25519 key, then checked with the tools its reader uses: GNU sha256sum and
// OpenSSL 3's pkeyutl, exactly as CAI-DAT.txt words them.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSums, formatSums, parseSums, sha256File } from '../../build/release/checksums.mjs';
import {
  defaultPublicKeyPath,
  fingerprintOf,
  instructionsText,
  makeBundle,
  names,
  verifyBundle,
} from '../../build/release/offlineBundle.mjs';
import { archivePortable } from '../../build/release/portableBrowserShell.mjs';
import { useTempDirectories } from '../helpers/tempDirectory';

const root = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const tempDirectory = useTempDirectories();

function tool(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : null;
}
const haveSha256sum = tool('sha256sum', ['--version'])?.includes('GNU') ?? false;
// LibreSSL (macOS) and OpenSSL before 3.0 have no `pkeyutl -rawin` for Ed25519.
const haveOpenssl3 = /^OpenSSL [3-9]\./.test(tool('openssl', ['version']) ?? '');
if (!haveSha256sum) console.warn('SKIPPED here: the checks with GNU sha256sum (not installed)');
if (!haveOpenssl3) console.warn('SKIPPED here: the checks with openssl pkeyutl (OpenSSL 3 is not installed)');

/** The reader's commands, word for word as CAI-DAT.txt gives them, run in the bundle folder. */
const sha256sumCheck = (folder: string) =>
  spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
const opensslCommand =
  'openssl pkeyutl -verify -pubin -inkey release-public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig';
const opensslVerify = (folder: string) => {
  const [command, ...args] = opensslCommand.split(' ');
  return spawnSync(command!, args, { cwd: folder, encoding: 'utf8' });
};

function throwawayKeys(directory: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const privatePath = join(directory, 'throwaway-private.pem');
  const publicPath = join(directory, 'throwaway-public.pem');
  writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
  return {
    privatePath,
    publicPath,
    privatePem: readFileSync(privatePath, 'utf8'),
    publicPem: readFileSync(publicPath, 'utf8'),
  };
}

function fakeInstallers(directory: string, fileNames: string[]) {
  return fileNames.map((name, index) => {
    const path = join(directory, name);
    writeFileSync(path, randomBytes(50_000 + index * 1234));
    return path;
  });
}

/** Makes a signed Linux bundle through the command line, as the workflow does. */
function bundleWithCli(work: string, extra: string[] = []) {
  const keys = throwawayKeys(work);
  const installers = fakeInstallers(work, [
    `kiem-phieu-${version}-linux-x86_64.AppImage`,
    `kiem-phieu-${version}-linux-amd64.deb`,
  ]);
  const script = join(root, 'build', 'release', 'offlineBundle.mjs');
  const args = [
    '--platform',
    'linux',
    '--out',
    join(work, 'out'),
    '--key',
    keys.privatePath,
    '--public-key',
    keys.publicPath,
  ];
  const result = spawnSync(process.execPath, [script, ...args, ...extra, ...installers], { encoding: 'utf8' });
  return { result, keys, installers, folder: join(work, 'out', `kiem-phieu-${version}-linux`) };
}

function flipByte(path: string, at = 100) {
  const bytes = readFileSync(path);
  bytes[at] = bytes[at]! ^ 0x01;
  writeFileSync(path, bytes);
}

describe('the offline bundle', () => {
  it('holds the installers, SHA256SUMS, its signature, the public key and CAI-DAT.txt', async () => {
    const { result, keys, folder } = bundleWithCli(tempDirectory());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(folder);
    expect(readdirSync(folder).sort()).toEqual(
      [
        'CAI-DAT.txt',
        'SHA256SUMS',
        'SHA256SUMS.sig',
        `kiem-phieu-${version}-linux-amd64.deb`,
        `kiem-phieu-${version}-linux-x86_64.AppImage`,
        'release-public-key.pem',
      ].sort(),
    );
    // sha256sum's format: "<64 hex>  <name>", the installers and the instructions.
    const sums = readFileSync(join(folder, names.sums), 'utf8');
    expect(sums).toMatch(/^([0-9a-f]{64} {2}[^\n]+\n){3}$/);
    expect(parseSums(sums).map(({ name }) => name)).toEqual([
      `kiem-phieu-${version}-linux-x86_64.AppImage`,
      `kiem-phieu-${version}-linux-amd64.deb`,
      'CAI-DAT.txt',
    ]);
    expect(fingerprintOf(readFileSync(join(folder, names.publicKey), 'utf8'))).toBe(fingerprintOf(keys.publicPem));
    expect(await verifyBundle(folder, keys.publicPem)).toEqual([]);
  });

  it.skipIf(!haveSha256sum || !haveOpenssl3)('passes `sha256sum -c` and `openssl pkeyutl -verify`', () => {
    const { result, folder } = bundleWithCli(tempDirectory());
    expect(result.status, result.stderr).toBe(0);
    const sums = sha256sumCheck(folder);
    expect(sums.status, sums.stdout + sums.stderr).toBe(0);
    expect(sums.stdout.trim().split('\n')).toHaveLength(3);
    expect(sums.stdout).not.toMatch(/FAILED/);
    const signature = opensslVerify(folder);
    expect(signature.status, signature.stdout + signature.stderr).toBe(0);
    expect(signature.stdout).toContain('Signature Verified Successfully');
  });

  it.skipIf(!haveSha256sum)('a flipped byte in an installer fails `sha256sum -c` and the bundle check', async () => {
    const { result, keys, folder } = bundleWithCli(tempDirectory());
    expect(result.status, result.stderr).toBe(0);
    flipByte(join(folder, `kiem-phieu-${version}-linux-amd64.deb`));
    const sums = sha256sumCheck(folder);
    expect(sums.status).toBe(1);
    expect(sums.stdout).toContain(`kiem-phieu-${version}-linux-amd64.deb: FAILED`);
    expect(await verifyBundle(folder, keys.publicPem)).toEqual([`kiem-phieu-${version}-linux-amd64.deb: sum differs`]);
  });

  it.skipIf(!haveOpenssl3)(
    'a changed byte in SHA256SUMS fails `openssl pkeyutl -verify` and the bundle check, which reports it',
    async () => {
      // A digit for another digit, and a digit for a letter that is no hex digit: the second once
      // made the bundle check throw instead of reporting (the 4th digit of a random digest was "a").
      for (const [replacement, reported] of [
        ['0', 'sum differs'],
        ['g', 'not a sha256sum line'],
      ] as const) {
        const { result, keys, folder } = bundleWithCli(tempDirectory());
        expect(result.status, result.stderr).toBe(0);
        const sumsPath = join(folder, names.sums);
        const text = readFileSync(sumsPath, 'utf8');
        writeFileSync(sumsPath, `${text.slice(0, 3)}${text[3] === replacement ? '1' : replacement}${text.slice(4)}`);
        const signature = opensslVerify(folder);
        expect(signature.status).not.toBe(0);
        expect(signature.stdout + signature.stderr).toContain('Signature Verification Failure');
        const problems = await verifyBundle(folder, keys.publicPem);
        expect(problems).toContain(`${names.signature} does not verify`);
        expect(problems.join('\n')).toContain(reported);
      }
    },
  );

  it.skipIf(process.platform === 'win32')(
    'carries the portable archive under the signed sums, and says how to run it',
    async () => {
      const work = tempDirectory();
      // A portable folder in miniature, packed as the workflow packs the real one.
      const portableFolder = join(work, 'portable', `kiem-phieu-${version}-linux-x64`);
      mkdirSync(join(portableFolder, 'node'), { recursive: true });
      writeFileSync(join(portableFolder, 'kiem-phieu.sh'), '#!/bin/sh\necho kiem-phieu\n', { mode: 0o755 });
      writeFileSync(join(portableFolder, 'node', 'node'), randomBytes(20_000), { mode: 0o755 });
      const archive = archivePortable(portableFolder, 'linux');
      expect(archive).toBe(`${portableFolder}.tar.gz`);

      const { result, keys, folder } = bundleWithCli(work, ['--portable', archive]);
      expect(result.status, result.stderr).toBe(0);
      const archiveName = `kiem-phieu-${version}-linux-x64.tar.gz`;
      expect(readdirSync(folder)).toContain(archiveName);
      expect(parseSums(readFileSync(join(folder, names.sums), 'utf8')).map(({ name }) => name)).toContain(archiveName);
      expect(await verifyBundle(folder, keys.publicPem)).toEqual([]);
      if (haveSha256sum) expect(sha256sumCheck(folder).stdout).toContain(`${archiveName}: OK`);
      const instructions = readFileSync(join(folder, names.instructions), 'utf8');
      expect(instructions).toContain(`tar -xzf ${archiveName}`);
      expect(instructions).toContain('Máy không được phép cài đặt');
      expect(instructions).toContain('Where installing is not allowed');

      // Unpacked from the bundle, the launcher is still executable.
      const unpacked = join(work, 'unpacked');
      mkdirSync(unpacked);
      expect(spawnSync('tar', ['-xzf', join(folder, archiveName), '-C', unpacked]).status).toBe(0);
      const launcher = join(unpacked, `kiem-phieu-${version}-linux-x64`, 'kiem-phieu.sh');
      expect(statSync(launcher).mode & 0o111).not.toBe(0);
      expect(spawnSync(launcher, { encoding: 'utf8' }).stdout).toBe('kiem-phieu\n');

      // A changed archive is caught like a changed installer.
      flipByte(join(folder, archiveName));
      expect(await verifyBundle(folder, keys.publicPem)).toEqual([`${archiveName}: sum differs`]);
    },
  );

  it('refuses a signing key that is not the expected public key’s private half, and makes nothing', () => {
    const work = tempDirectory();
    const other = throwawayKeys(tempDirectory());
    const { result, folder } = bundleWithCli(work, ['--public-key', other.publicPath]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not the expected public key/);
    expect(existsSync(folder)).toBe(false);
  });

  it('the bundle check refuses a bundle signed by another key than the expected one', async () => {
    const { result, folder } = bundleWithCli(tempDirectory());
    expect(result.status, result.stderr).toBe(0);
    const projectKey = readFileSync(defaultPublicKeyPath, 'utf8');
    expect(await verifyBundle(folder, projectKey)).toEqual([
      `${names.publicKey} is not the expected key`,
      `${names.signature} does not verify`,
    ]);
  });

  it('without a key: an unsigned bundle, said so in CAI-DAT.txt, and the check reports it', async () => {
    const work = tempDirectory();
    const installers = fakeInstallers(work, [`kiem-phieu-${version}-win-x64.exe`]);
    const folder = await makeBundle({ platform: 'win', out: join(work, 'out'), installers });
    expect(readdirSync(folder).sort()).toEqual(['CAI-DAT.txt', 'SHA256SUMS', `kiem-phieu-${version}-win-x64.exe`]);
    const text = readFileSync(join(folder, names.instructions), 'utf8');
    expect(text).toContain('KHÔNG có chữ ký số');
    expect(text).toContain('NOT signed');
    expect(text).not.toContain('pkeyutl');
    expect(await verifyBundle(folder)).toEqual([`unsigned: ${names.signature} or ${names.publicKey} is missing`]);
  });

  it('refuses an unknown platform, a missing installer, a reserved name and an existing folder', async () => {
    const work = tempDirectory();
    const [installer] = fakeInstallers(work, ['kiem-phieu.exe']);
    const out = join(work, 'out');
    await expect(makeBundle({ platform: 'windows', out, installers: [installer!] })).rejects.toThrow(/--platform/);
    await expect(makeBundle({ platform: 'win', out, installers: [join(work, 'none.exe')] })).rejects.toThrow();
    const [reserved] = fakeInstallers(work, ['SHA256SUMS']);
    await expect(makeBundle({ platform: 'win', out, installers: [reserved!] })).rejects.toThrow(/Clashing/);
    await makeBundle({ platform: 'win', out, installers: [installer!] });
    await expect(makeBundle({ platform: 'win', out, installers: [installer!] })).rejects.toThrow(/Already exists/);
  });
});

describe('CAI-DAT.txt', () => {
  async function instructions(platform: 'win' | 'linux' | 'mac', installerNames: string[]) {
    const work = tempDirectory();
    const keys = throwawayKeys(work);
    const folder = await makeBundle({
      platform,
      out: join(work, 'out'),
      installers: fakeInstallers(work, installerNames),
      privateKeyPem: keys.privatePem,
      publicKeyPem: keys.publicPem,
    });
    return { text: readFileSync(join(folder, names.instructions), 'utf8'), keys };
  }

  it('is Vietnamese with its diacritics, then English; CRLF with a BOM for Notepad', async () => {
    const { text } = await instructions('win', [`kiem-phieu-${version}-win-x64.exe`]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const english = text.indexOf('OFFLINE INSTALL BUNDLE');
    const vietnamese = text.indexOf('BỘ CÀI ĐẶT KHÔNG CẦN MẠNG');
    expect(vietnamese).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(vietnamese);
    for (const words of ['Kiểm tra tổng SHA-256', 'Kiểm tra chữ ký', 'Cài đặt trên Windows', 'Dữ liệu và nâng cấp']) {
      expect(text.slice(0, english)).toContain(words);
    }
    // Composed (NFC) Vietnamese, as typed: no combining marks left over.
    expect(text.normalize('NFC')).toBe(text);
  });

  it('on Windows, tells how to unpack the portable zip with Explorer and start kiem-phieu.cmd', () => {
    const archive = `kiem-phieu-${version}-win32-x64.zip`;
    const common = { version, platform: 'win', installers: [`kiem-phieu-${version}-win-x64.exe`], publicKeyPem: null };
    const text = instructionsText({ ...common, portable: archive });
    expect(text).toContain(`Nháy chuột phải vào ${archive}, chọn "Extract All…"`);
    expect(text).toContain(`Right-click ${archive}, choose "Extract All…"`);
    expect(text).toContain('chạy kiem-phieu.cmd');
    expect(text).toContain('run kiem-phieu.cmd');
    expect(text.normalize('NFC')).toBe(text);
    // Without one, no word of it.
    expect(instructionsText(common)).not.toContain('kiem-phieu.cmd');
  });

  it('gives the built-in checks, the exact openssl command, the key and its fingerprint', async () => {
    const installer = `kiem-phieu-${version}-win-x64.exe`;
    const { text, keys } = await instructions('win', [installer]);
    expect(text).toContain(`certutil -hashfile "${installer}" SHA256`);
    expect(text).toContain(`Get-FileHash -Algorithm SHA256 "${installer}"`);
    expect(text).toContain('sha256sum -c SHA256SUMS');
    expect(text).toContain(opensslCommand);
    expect(text).toContain(fingerprintOf(keys.publicPem));
    expect(text).toContain(keys.publicPem.split('\n')[1]!);
    expect(text).toContain('Signature Verified Successfully');
  });

  it('says how to install on each platform, where the data lives (as README says) and that upgrading keeps it', async () => {
    const windows = (await instructions('win', [`kiem-phieu-${version}-win-x64.exe`])).text;
    expect(windows).toMatch(/NSIS/);
    expect(windows).toContain('Run anyway');
    const linux = (await instructions('linux', [`kiem-phieu-${version}-linux-amd64.deb`, `x.AppImage`])).text;
    expect(linux).toContain('sudo apt install ./<tệp>.deb');
    expect(linux).toContain('sudo dpkg -i <file>.deb');
    expect(linux).toContain('chmod +x <file>.AppImage');
    const mac = (await instructions('mac', [`kiem-phieu-${version}-mac-arm64.dmg`])).text;
    expect(mac).toContain('.dmg');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const folder of [
      '%APPDATA%\\Kiem Phieu',
      '~/.local/share/kiem-phieu',
      '~/Library/Application Support/Kiem Phieu',
    ]) {
      expect(readme.includes(folder), folder).toBe(true);
      for (const text of [windows, linux, mac]) expect(text).toContain(folder);
    }
    for (const text of [windows, linux, mac]) {
      expect(text).toContain('Upgrading: install the newer version over the older one');
      expect(text).toContain('Nâng cấp: cài bản mới đè lên bản cũ');
    }
  });
});

describe('the project’s release key', () => {
  it('is an Ed25519 public key, printed in README with its fingerprint; no private key in build/release/', () => {
    const pem = readFileSync(defaultPublicKeyPath, 'utf8');
    // \r?: a Windows checkout may turn the line ends into CRLF.
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=]{60}\r?\n-----END PUBLIC KEY-----\r?\n$/);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.includes(pem.trim()), 'README prints the public key').toBe(true);
    expect(readme.includes(fingerprintOf(pem)), 'README prints its fingerprint').toBe(true);
    for (const name of readdirSync(join(root, 'build', 'release'))) {
      expect(readFileSync(join(root, 'build', 'release', name), 'utf8'), name).not.toMatch(/PRIVATE KEY-----/);
    }
  });
});

describe('checksums.mjs', () => {
  it('writes and reads sha256sum lines, and checks files next to the list', async () => {
    const work = tempDirectory();
    const [a, b] = fakeInstallers(work, ['a file.exe', 'b.deb']);
    const entries = [
      { name: 'a file.exe', sha256: await sha256File(a!) },
      { name: 'b.deb', sha256: await sha256File(b!) },
    ];
    const text = formatSums(entries);
    expect(parseSums(text)).toEqual(entries);
    expect(parseSums(text.replace('  b.deb', ' *b.deb').replace(/\n/g, '\r\n'))).toEqual(entries);
    expect(() => formatSums([{ name: 'a\\b', sha256: entries[0]!.sha256 }])).toThrow();
    expect(() => formatSums([{ name: '../x', sha256: entries[0]!.sha256 }])).toThrow();
    writeFileSync(join(work, 'SHA256SUMS'), text);
    expect(await checkSums(join(work, 'SHA256SUMS'))).toEqual([
      { name: 'a file.exe', ok: true },
      { name: 'b.deb', ok: true },
    ]);

    const script = join(root, 'build', 'release', 'checksums.mjs');
    const printed = spawnSync(process.execPath, [script, a!, b!], { encoding: 'utf8' });
    expect(printed.stdout).toBe(text);
    if (haveSha256sum) {
      const gnu = spawnSync('sha256sum', ['a file.exe', 'b.deb'], { cwd: work, encoding: 'utf8' });
      expect(gnu.stdout).toBe(text);
    }
    expect(spawnSync(process.execPath, [script, '--check', join(work, 'SHA256SUMS')]).status).toBe(0);
    flipByte(b!);
    const failed = spawnSync(process.execPath, [script, '--check', join(work, 'SHA256SUMS')], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('b.deb: FAILED (sum differs)');
  });
});
