// Issue 23: VERIFYING.md §5 runs as printed against a vault the real app made: from the recovery
// key as printed (or a user's password) to the vault key, the header's MAC and the SQLCipher 4
// pages, decrypted in memory by tools/open_vault.py with no app code; a wrong key, a mistyped
// group and an altered header each fail with a message that says which. FORMATS.md §5 must state
// every label the code derives keys and binds boxes with, so the spec cannot drift from it.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveSubkey } from '../../main/vault/crypto/keyDerivation';
import { formatRecoveryKey } from '../../main/vault/crypto/recoveryKey';
import { keyIdOf } from '../../main/vault/header/keySlots';
import { closedContest } from '../helpers/testCounting';
import { useTempDirectories } from '../helpers/tempDirectory';
import { adminPassword } from '../helpers/testVault';
import { havePythonWithCryptography, recipeFolder, runRecipe } from '../helpers/verifyingGuide';

const root = join(import.meta.dirname, '..', '..');
const vaultName = 'Ban Tuyên giáo Quận ủy Long Biên';

// On Linux (CI) they must run: build/setup.mjs installs python3-cryptography, and without it the
// tests fail saying so. Elsewhere (the release workflow's Windows and macOS runners) they are
// skipped where no python3 has the package.
const canRun = process.platform === 'linux' || havePythonWithCryptography();
if (!canRun) console.warn('[verifying] SKIPPED the vault recipes: no python3 with the cryptography package');

describe.runIf(canRun)('VERIFYING.md: opening the vault with python3 alone', () => {
  const temp = useTempDirectories();

  /** A vault with 20 ballots imported into a closed contest; `whileOpen` copies its files before shutdown. */
  async function vaultWithBallots(whileOpen?: (dataDirectory: string) => void) {
    const dataDirectory = temp();
    const { core, recoveryKey } = await closedContest(dataDirectory);
    whileOpen?.(dataDirectory);
    core.shutdown();
    return { dataDirectory, recoveryKey };
  }

  function folderWith(dataDirectory: string, names = ['vault.header.json', 'vault.db']): string {
    const folder = recipeFolder(temp());
    for (const name of names) copyFileSync(join(dataDirectory, name), join(folder, name));
    return folder;
  }

  it('opens it with the recovery key as printed, and with a password, and counts its ballots', async () => {
    const { dataDirectory, recoveryKey } = await vaultWithBallots();
    expect(existsSync(join(dataDirectory, 'vault.db-wal')), 'a closed vault leaves no WAL').toBe(false);
    const folder = folderWith(dataDirectory);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);

    const byRecovery = runRecipe('vault-recovery-key', folder, { KHOA_KHOI_PHUC: recoveryKey });
    expect(byRecovery.stderr).toBe('');
    expect(byRecovery.status).toBe(0);
    expect(byRecovery.stdout).toContain('integrity_check: ok\n');
    expect(byRecovery.stdout).toContain('ballots: 20\n');
    expect(byRecovery.stdout).toContain(`vault_name: ${vaultName}\n`);
    expect(byRecovery.stdout).toMatch(/user_version: \d+\n/);

    // Typed the way a person reads it off paper: lower case, spaces for hyphens, O for 0, L for 1.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const byTyped = runRecipe('vault-recovery-key', folder, { KHOA_KHOI_PHUC: ` ${typed} ` });
    expect(byTyped.stdout).toBe(byRecovery.stdout);

    const byPassword = runRecipe('vault-password', folder, { TEN_DANG_NHAP: 'quantri', MAT_KHAU: adminPassword });
    expect(byPassword.stderr).toBe('');
    expect(byPassword.stdout).toBe(byRecovery.stdout);
    // A password typed in decomposed form is the same password (NFC before scrypt).
    const decomposed = runRecipe('vault-password', folder, {
      TEN_DANG_NHAP: 'quantri',
      MAT_KHAU: adminPassword.normalize('NFD'),
    });
    expect(decomposed.stdout).toBe(byRecovery.stdout);

    const withOpenssl = runRecipe('vault-header-openssl', folder, { KHOA_KHOI_PHUC: recoveryKey });
    expect(withOpenssl.stderr).toBe('');
    expect(withOpenssl.status).toBe(0);
    expect(withOpenssl.stdout).toContain('keyId: ok');
    expect(withOpenssl.stdout).toContain('mac: ok');
    // Nothing decrypted was left in the folder.
    expect(readFileSync(join(folder, 'vault.db')).subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
  });

  it('fails clearly on a wrong key, a mistyped group, a wrong password and an altered header', async () => {
    const { dataDirectory, recoveryKey } = await vaultWithBallots();
    const folder = folderWith(dataDirectory);

    const wrong = runRecipe('vault-recovery-key', folder, { KHOA_KHOI_PHUC: formatRecoveryKey(randomBytes(32)) });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('wrong recovery key');
    expect(wrong.stdout).not.toContain('integrity_check');

    // One character of the first group changed: the checksum group no longer matches.
    const first = recoveryKey[0] === 'A' ? 'B' : 'A';
    const mistyped = runRecipe('vault-recovery-key', folder, { KHOA_KHOI_PHUC: first + recoveryKey.slice(1) });
    expect(mistyped.status).not.toBe(0);
    expect(mistyped.stderr).toContain('mistyped');

    const short = runRecipe('vault-recovery-key', folder, { KHOA_KHOI_PHUC: recoveryKey.slice(0, -5) });
    expect(short.status).not.toBe(0);
    expect(short.stderr).toContain('not a recovery key');

    const badPassword = runRecipe('vault-password', folder, { TEN_DANG_NHAP: 'quantri', MAT_KHAU: 'mật khẩu sai' });
    expect(badPassword.status).not.toBe(0);
    expect(badPassword.stderr).toContain('wrong password');

    const headerPath = join(folder, 'vault.header.json');
    const header = JSON.parse(readFileSync(headerPath, 'utf8')) as { vaultName: string };
    writeFileSync(headerPath, JSON.stringify({ ...header, vaultName: `${header.vaultName} (sửa)` }, null, 2));
    const altered = runRecipe('vault-recovery-key', folder, { KHOA_KHOI_PHUC: recoveryKey });
    expect(altered.status).not.toBe(0);
    expect(altered.stderr).toContain('altered');
    const alteredOpenssl = runRecipe('vault-header-openssl', folder, { KHOA_KHOI_PHUC: recoveryKey });
    expect(alteredOpenssl.status).not.toBe(0);
    expect(alteredOpenssl.stdout).not.toContain('mac: ok');
  });

  it('reads the committed frames of a WAL left by a vault that was still open', async () => {
    let withWal = '';
    let withoutWal = '';
    const { recoveryKey } = await vaultWithBallots((open) => {
      expect(statSync(join(open, 'vault.db-wal')).size).toBeGreaterThan(0);
      withWal = folderWith(open, ['vault.header.json', 'vault.db', 'vault.db-wal']);
      withoutWal = folderWith(open);
    });
    const result = runRecipe('vault-recovery-key', withWal, { KHOA_KHOI_PHUC: recoveryKey });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('integrity_check: ok\n');
    expect(result.stdout).toContain('ballots: 20\n');
    // The same copy without its WAL holds only what was checkpointed, before any ballot.
    const older = runRecipe('vault-recovery-key', withoutWal, { KHOA_KHOI_PHUC: recoveryKey });
    expect(older.stderr).toBe('');
    expect(older.stdout).toContain('integrity_check: ok\n');
    expect(older.stdout).toContain('ballots: 0\n');
  });
});

describe('FORMATS.md §5', () => {
  const formats = readFileSync(join(root, 'FORMATS.md'), 'utf8');
  const section = formats.slice(formats.indexOf('## 5. The vault'), formats.indexOf('## 6.'));
  const source = (path: string) => readFileSync(join(root, path), 'utf8');

  it('states every label, context and constant the vault code uses, byte for byte', () => {
    const keySlots = source('main/vault/header/keySlots.ts');
    const code = [
      source('main/vault/crypto/keyDerivation.ts'),
      keySlots,
      source('main/vault/header/headerFile.ts'),
      source('main/vault/crypto/x25519.ts'),
    ].join('\n');
    // deriveSubkey(key, 'purpose') is HKDF with info "kiem-phieu/<purpose>".
    const purposes = [...code.matchAll(/deriveSubkey\([^,]+,\s*'([a-z-]+)'/g)].map((match) => `kiem-phieu/${match[1]}`);
    expect(purposes.sort()).toEqual(['kiem-phieu/envelope', 'kiem-phieu/header-mac', 'kiem-phieu/recovery-slot']);
    const contexts = [...keySlots.matchAll(/`(kiem-phieu\/[^`]+)`/g)].map((match) => match[1]!);
    expect(contexts).toHaveLength(2);
    const keyId = /update\('(kiem-phieu\/key-id)'\)/.exec(keySlots)?.[1];
    expect(keyId).toBe('kiem-phieu/key-id');
    const envelopeSalt = /`\$\{ephemeralPublicKey\}\.\$\{recipientPublicKey\}`/.test(code);
    expect(envelopeSalt).toBe(true);
    // Template literals are written in the spec with <name> for each ${name}.
    for (const literal of [...purposes, ...contexts, keyId!])
      expect(section, literal).toContain(literal.replace(/\$\{(\w+)\}/g, '<$1>'));
    expect(section).toContain('"<ephemeralPublicKey>.<publicKey>"');

    const recovery = source('main/vault/crypto/recoveryKey.ts');
    expect(section).toContain(/const alphabet = '([0-9A-Z]+)'/.exec(recovery)![1]);
    const header = source('main/vault/header/headerFormat.ts');
    for (const literal of [
      /format: z\.literal\('([^']+)'\)/.exec(header)![1]!,
      /cipher: z\.literal\('([^']+)'\)/.exec(header)![1]!,
      /algorithm: z\.literal\('(hkdf-sha256)'\)/.exec(header)![1]!,
    ])
      expect(section).toContain(`"${literal}"`);
    // Every PRAGMA the app sets, as written in the code (the key's value aside).
    const pragmas = [...source('main/vault/database/openDatabase.ts').matchAll(/db\.pragma\((['`])(.*?)\1\)/g)]
      .map((match) => match[2]!)
      .filter((pragma) => !/^(re)?key=/.test(pragma));
    expect(pragmas).toContain(`cipher='sqlcipher'`);
    for (const pragma of pragmas) expect(section, pragma).toContain(pragma);
    expect(section).toContain(`PRAGMA key="x'<vault key, 64 hex digits>'"`);
    const scrypt = source('main/vault/crypto/keyDerivation.ts');
    expect(section).toContain(/log2N: (\d+), r: (\d+), p: (\d+)/.exec(scrypt)![0]);
  });

  it('gives test vectors that the code reproduces', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, index) => index));
    expect(section).toContain(formatRecoveryKey(bytes));
    expect(section).toContain(`keyId \`${keyIdOf(bytes)}\``);
    expect(section).toContain(deriveSubkey(bytes, 'header-mac').toString('hex'));
    expect(section).toContain(deriveSubkey(bytes, 'recovery-slot', Buffer.alloc(16)).toString('hex'));
  });

  it('is what the README points to, and the README uses the same labels', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const vault = readme.slice(readme.indexOf('## Kho dữ liệu / The vault'));
    const own = vault.slice(0, vault.indexOf('\n## '));
    expect(own).toContain('[FORMATS.md](FORMATS.md) §5');
    expect(own).toContain('[VERIFYING.md](VERIFYING.md) §5');
    for (const label of [
      'kiem-phieu/header-mac',
      'kiem-phieu/recovery-slot',
      'kiem-phieu/envelope',
      'kiem-phieu/key-id',
    ])
      expect(own, label).toContain(label);
    expect(own).not.toContain('"header-mac"');
  });
});
