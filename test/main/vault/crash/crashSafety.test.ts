import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../../main/vault/vault';
import { adminPassword, createTestVault, fastScrypt } from '../../../helpers/testVault';
import { useTempDirectories } from '../../../helpers/tempDirectory';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const childBundle = join(root, 'test-results', `crash-child-${process.pid}.mjs`);
/** At least 50 kills in every run; CRASH_ITERATIONS raises it for a long run (npm run test:crash). */
const iterations = Math.max(50, Number(process.env.CRASH_ITERATIONS ?? 50));

beforeAll(async () => {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, 'crashChild.ts')],
    outfile: childBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
});
afterAll(() => rmSync(childBundle, { force: true }));

/** Starts the writer, kills it with SIGKILL after a random time, returns the records it acknowledged. */
function runAndKill(dataDirectory: string, startAt: number, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childBundle, dataDirectory, 'quantri', adminPassword, String(startAt)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: number[] = [];
    let buffered = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        const match = /^ack (\d+)$/.exec(line);
        if (match) acknowledged.push(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own: ${errors}`));
      else resolve(acknowledged);
    });
  });
}

describe('crash safety', () => {
  const temp = useTempDirectories();

  it(
    `keeps every acknowledged commit and an intact vault through ${iterations} SIGKILLs`,
    { timeout: 600_000 },
    async () => {
      const dataDirectory = temp();
      const { vault } = await createTestVault(dataDirectory);
      vault.lock.lock('manual');

      let next = 1;
      let totalAcknowledged = 0;
      for (let round = 0; round < iterations; round += 1) {
        const acknowledged = await runAndKill(dataDirectory, next, 5 + Math.floor(Math.random() * 120));
        totalAcknowledged += acknowledged.length;

        const check = new Vault({ dataDirectory, scryptCost: fastScrypt });
        await check.keyring.signIn('quantri', adminPassword);
        const stored = new Set(
          check.store.read((db) =>
            (db.prepare(`SELECT login FROM users WHERE login LIKE 'crash%'`).all() as Array<{ login: string }>).map(
              (row) => row.login,
            ),
          ),
        );
        const lost = acknowledged.filter((n) => !stored.has(`crash${n}`));
        expect(lost, `round ${round}: acknowledged but lost`).toEqual([]);
        expect(check.maintenance.integrityCheck(), `round ${round}`).toEqual(['ok']);
        expect(check.maintenance.verifyAudit(), `round ${round}`).toMatchObject({ ok: true });
        next = Math.max(next, ...[...stored].map((login) => Number(login.slice(5)) + 1));
        check.lock.lock('manual');
      }
      console.warn(
        `[crash] ${iterations} SIGKILLs, ${totalAcknowledged} acknowledged commits, none lost, integrity ok`,
      );
      expect(totalAcknowledged).toBeGreaterThan(iterations);
    },
  );
});
