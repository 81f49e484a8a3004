import { describe, expect, it } from 'vitest';
import { boundaryErrors, callNames, contract } from '../../../shared/contract';
import { runCommandLine as run } from '../../helpers/cliRun';
import { coreWithVault } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword } from '../../helpers/testVault';

describe('kiem-phieu api', () => {
  const temp = useTempDirectories();

  it('--list names every call of the contract, with who may make it (and as JSON)', async () => {
    const listed = await run(['api', '--list']);
    expect(listed.code).toBe(0);
    for (const name of callNames) expect(listed.stdout).toContain(name);
    const json = JSON.parse((await run(['api', '--list', '--json'])).stdout) as Array<{ name: string }>;
    expect(json.map((row) => row.name)).toEqual(callNames);
  });

  it('makes every call by name through the dispatcher: a value on stdout, or a typed error on stderr', async () => {
    const dataDirectory = temp();
    const { core } = await coreWithVault(dataDirectory);
    core.shutdown();
    const base = ['--data-dir', dataDirectory, '--user', 'quantri'];
    const outcomes: string[] = [];
    for (const name of callNames) {
      const result = await run([...base, 'api', name, '--input', '-', '--json'], [adminPassword, '{}']);
      if (result.code === 0) {
        JSON.parse(result.stdout);
        outcomes.push(`${name}: ok`);
        continue;
      }
      expect(result.code, `${name}: ${result.stderr}`).toBe(1);
      const error = JSON.parse(result.stderr) as { code: string; message: string };
      const allowed = [...contract[name].errors, ...boundaryErrors] as string[];
      expect(allowed, `${name} answered ${error.code}`).toContain(error.code);
      expect(error.message.length).toBeGreaterThan(0);
      outcomes.push(`${name}: ${error.code}`);
    }
    expect(outcomes).toHaveLength(callNames.length);
    expect(outcomes).toContain('campaigns.list: ok');
    expect(outcomes).toContain('campaigns.get: INVALID_INPUT');
  }, 120_000);

  it('reads the input from a file, names the bad fields, and checks the role before reading it', async () => {
    const dataDirectory = temp();
    const { core, admin } = await coreWithVault(dataDirectory);
    await admin.ok('users.add', { login: 'lan', fullName: 'Lan', role: 'counter', password: 'mật khẩu của Lan' });
    core.shutdown();
    const base = ['--data-dir', dataDirectory];
    const bad = await run(
      [...base, '--user', 'quantri', 'api', 'campaigns.get', '--input', '-'],
      [adminPassword, '{"campaignId": 7}'],
    );
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stderr)).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('campaignId'),
    });
    const refused = await run(
      [...base, '--user', 'lan', 'api', 'users.list', '--input', '/no/such/file.json'],
      ['mật khẩu của Lan'],
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không được phép');
    expect((await run([...base, 'api', 'no.such'])).code).toBe(2);
  });
});
