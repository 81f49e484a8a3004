// Issue 24, point 4: installing a newer version over an older one keeps the data. The vault the
// previous version made (test/fixtures/vaults/schema-23, by its own command line) opens in
// today's app with its passwords: the migrations run once, after a copy of the vault as the older
// version left it (still encrypted), and nothing of it is lost — users, the 2,000 ballots, the
// seal and its digest, the audit chain, the interface language. A vault from a newer version is
// refused untouched, with a message that says so.
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/createCore';
import { latestVersion } from '../../../main/vault/database/migrations';
import { simulatedAirGapProbe } from '../../../main/app/airGapProbe';
import { clientOf } from '../../helpers/testCore';
import { rawConnection, vaultKeyFromRecovery } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'vaults', 'schema-23');
const recoveryKey = '676Z-08QB-SXF1-K1BQ-N634-A2KC-2EFH-NM5P-13GQ-GSTZ-8989-JHZZ-6JJ0-8D5K';
const sealedDigest = 'fc063e29e338e0f5beabc65f66c1585c011ea7cb22d50c66c771b494b3eb63b5';

/** The app as installed over the older one: a core on the data directory the older version left. */
const installedCore = (dataDirectory: string) =>
  createCore({ shell: 'cli', dataDirectory, airGap: { probe: simulatedAirGapProbe(false) } });

async function signedIn(dataDirectory: string, login: string, password: string) {
  const core = installedCore(dataDirectory);
  const client = clientOf(core);
  await client.ok('session.signIn', { login, password });
  return { core, client };
}

describe('installing a newer version over the previous one', () => {
  const temp = useTempDirectories();

  function previousVersionData(): string {
    const dataDirectory = temp();
    cpSync(fixture, dataDirectory, { recursive: true });
    return dataDirectory;
  }

  it('keeps the vault and the preferences, and migrates once after keeping a copy', async () => {
    const dataDirectory = previousVersionData();
    const before = {
      database: readFileSync(join(fixture, 'vault.db')),
      header: readFileSync(join(fixture, 'vault.header.json')),
    };
    const { core, client } = await signedIn(dataDirectory, 'truongban', 'mật khẩu trưởng ban');

    // The interface language chosen in the older version still applies.
    expect((await client.ok('app.info', {})).language).toBe('en');
    // The seal, its digest and the ballots under it.
    const [campaign] = await client.ok('campaigns.list', {});
    const [contest] = await client.ok('campaigns.contests', { campaignId: campaign!.id });
    const { records } = await client.ok('results.seals', { contestId: contest!.id });
    expect(records.map((record) => [record.sequence, record.digest, record.envelopeSeal])).toEqual([
      [1, sealedDigest, 'NP-2026-001'],
    ]);
    const { tally } = await client.ok('results.tally', { contestId: contest!.id });
    expect(tally.ballots).toMatchObject({ returned: 2000, valid: 2000 });
    const canonical = await client.ok('results.canonical', { sealId: records[0]!.id });
    expect(canonical.digest).toBe(sealedDigest);

    // The copy from before: the older version's two files, byte for byte, private, still encrypted.
    const copies = readdirSync(join(dataDirectory, 'before-upgrade'));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(new RegExp(`^\\d{8}-\\d{6}-schema-23-to-${latestVersion}$`));
    const copy = join(dataDirectory, 'before-upgrade', copies[0]!);
    expect(readFileSync(join(copy, 'vault.db')).equals(before.database)).toBe(true);
    expect(readFileSync(join(copy, 'vault.header.json')).equals(before.header)).toBe(true);
    expect(readFileSync(join(copy, 'vault.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // Windows has no such modes (the folder's access list is the user profile's).
    if (process.platform !== 'win32') {
      expect(statSync(copy).mode & 0o777).toBe(0o700);
      expect(statSync(join(copy, 'vault.db')).mode & 0o777).toBe(0o600);
    }

    // Audited, and the chain the older version wrote still holds through the upgrade.
    await client.ok('session.signOut', {});
    await client.ok('session.signIn', { login: 'quantri', password: 'mật khẩu quản trị' });
    const verified = await client.ok('audit.verify', {});
    expect(verified.ok, JSON.stringify(verified)).toBe(true);
    const { entries } = await client.ok('audit.list', { event: 'vault.upgraded' });
    expect(entries.map((entry: { details: unknown }) => entry.details)).toEqual([
      { fromSchema: 23, toSchema: latestVersion, copy: copies[0] },
    ]);
    core.shutdown();

    // Opened again: nothing more to migrate, no second copy, no second entry.
    const again = await signedIn(dataDirectory, 'quantri', 'mật khẩu quản trị');
    expect(readdirSync(join(dataDirectory, 'before-upgrade'))).toEqual(copies);
    const { entries: later } = await again.client.ok('audit.list', { event: 'vault.upgraded' });
    expect(later).toHaveLength(1);
    again.core.shutdown();
  });

  it('keeps the recovery key and every password the older version knew', async () => {
    const dataDirectory = previousVersionData();
    for (const [login, password] of [
      ['quantri', 'mật khẩu quản trị'],
      ['kiemphieu', 'mật khẩu kiểm phiếu'],
    ] as const) {
      const { core } = await signedIn(dataDirectory, login, password);
      core.shutdown();
    }
    const key = vaultKeyFromRecovery(dataDirectory, recoveryKey);
    const raw = rawConnection(dataDirectory, key);
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion);
    raw.close();
  });

  it('refuses a vault written by a newer version, untouched, and says to update', async () => {
    const dataDirectory = previousVersionData();
    const raw = rawConnection(dataDirectory, vaultKeyFromRecovery(dataDirectory, recoveryKey));
    raw.pragma(`user_version=${latestVersion + 1}`);
    raw.close();
    const database = readFileSync(join(dataDirectory, 'vault.db'));
    const core = installedCore(dataDirectory);
    const refused = await clientOf(core).call('session.signIn', { login: 'quantri', password: 'mật khẩu quản trị' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VAULT_TOO_NEW' } });
    const { message } = (refused as { error: { message: { vi: string; en: string } } }).error;
    expect(message.vi).toContain('phiên bản mới hơn');
    expect(message.en).toMatch(/newer version/i);
    expect(readFileSync(join(dataDirectory, 'vault.db')).equals(database)).toBe(true);
    expect(readdirSync(dataDirectory)).not.toContain('before-upgrade');
    core.shutdown();
  });
});
