// Saving one ballot — validate, insert, audit entry, durable commit — with 100,000 ballots
// already in the vault, beside the same insert on an unencrypted database in the same run.
// Target (SPEC §6): p99 ≤ 2 ms for the full save.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { BallotEntry } from '../../shared/counting/ballot';
import { createCore } from '../../main/core/createCore';
import { insertVerifiedBallots } from '../../main/counting/ballotStore';
import { insertKeyedBallot, insertKeying, createBatch } from '../../main/counting/batchStore';
import { appendAudit } from '../../main/vault/audit/auditLog';
import { migrate } from '../../main/vault/database/migrations';
import { openEncryptedDatabase } from '../../main/vault/database/openDatabase';
import type { WritableDB } from '../../main/vault/vaultStore';
import { nextTurn, percentile, report, scratchFolder, targetTable, type Timing } from './benchSupport';

const existing = 100_000;
const samples = Number(process.env.BENCH_SAMPLES ?? 3000);
const ballot: BallotEntry = {
  valid: true,
  answers: [1, 2, 2, 1, 3, 1, 2, 1, 1, 2, 2, 1, 4, 1, 2],
  notes: {},
  other: '',
  prestige: 2,
};
const actor = { id: randomUUID(), login: 'bench', role: 'counter' as const };
const secondKeyer = randomUUID();

/** 100,000 verified ballots, their two keyings and an audit entry for each keyed one. */
function prefill(db: WritableDB, contestId: string): void {
  db.transaction(() => {
    const batchId = createBatch(db, contestId, 'prefill', 'keyed', new Date().toISOString());
    insertVerifiedBallots(
      db,
      contestId,
      batchId,
      Array.from({ length: existing }, () => ballot),
    );
    for (const pass of [1, 2]) {
      const keyer = pass === 1 ? actor.id : secondKeyer;
      const keyingId = insertKeying(db, batchId, pass, keyer, 'bench', new Date().toISOString());
      for (let position = 1; position <= existing; position += 1) {
        insertKeyedBallot(db, keyingId, position, ballot, 17, 4000);
        appendAudit(db, actor, 'ballot.keyed', { keyingId, position }, new Date());
      }
    }
  })();
}

/** The same statements as a save, outside the app: the bare durable insert. */
function bareInserts(db: WritableDB, label: string, keyingId: string): Timing {
  const samplesMs: number[] = [];
  for (let position = 1; position <= samples; position += 1) {
    const started = performance.now();
    db.transaction(() => {
      insertKeyedBallot(db, keyingId, position, ballot, 17, 4000);
      appendAudit(db, actor, 'ballot.keyed', { keyingId, position }, new Date());
    })();
    samplesMs.push(performance.now() - started);
  }
  return { label, samplesMs };
}

/** A database with the vault's schema and pragmas; encrypted when given a key. */
function scratchDatabase(path: string, key: Buffer | null): { db: WritableDB; contestId: string; keyingId: string } {
  const db = (
    key
      ? openEncryptedDatabase(path, key, { create: true })
      : (() => {
          const plain = new Database(path);
          plain.pragma('locking_mode=EXCLUSIVE');
          plain.pragma('journal_mode=WAL');
          plain.pragma('synchronous=FULL');
          plain.pragma('foreign_keys=OFF');
          return plain;
        })()
  ) as WritableDB;
  if (key) db.pragma('foreign_keys=OFF');
  migrate(db);
  const contestId = randomUUID();
  db.prepare(
    `INSERT INTO users (id, login, full_name, role, created_at) VALUES (?, 'bench', 'Bench', 'counter', '2026-01-01')`,
  ).run(actor.id);
  prefill(db, contestId);
  const batchId = createBatch(db, contestId, 'measured', 'keyed', new Date().toISOString());
  const keyingId = insertKeying(db, batchId, 1, actor.id, 'bench', new Date().toISOString());
  return { db, contestId, keyingId };
}

async function fullSave(folder: string): Promise<Timing> {
  // The real core: dispatcher, role check, schema, form check, insert, audit, commit.
  const core = createCore({
    shell: 'cli',
    dataDirectory: folder,
    scryptCost: { log2N: 10, r: 8, p: 1 },
    reportBug: (call, error) => console.error(call, error),
  });
  const admin = core.openSession('cli');
  const call = async (name: string, input: unknown) => {
    const result = await core.dispatcher.dispatch(name, input, admin);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  await call('vault.create', {
    vaultName: 'bench',
    admin: { login: 'quantri', fullName: 'Bench', password: 'bench password' },
  });
  const templates: Array<{ code: string; versions: Array<{ id: string }> }> = await call('templates.list', {});
  const campaign: { id: string } = await call('campaigns.create', {
    name: 'bench',
    planNumber: '',
    planDate: '2023-01-27',
    issuingBody: '',
    locality: '',
    year: 2023,
    percentageBase: 'returned',
    keyingsRequired: 2,
    schedule: [
      {
        unitType: 'thcs',
        pollDate: '2023-05-01',
        templateVersionId: templates.find((template) => template.code === 'school-head-ethics')!.versions[0]!.id,
      },
    ],
  });
  const csv = readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'units', 'units-good.csv'));
  await call('campaigns.importUnits', {
    campaignId: campaign.id,
    file: { fileName: 'u.csv', contentBase64: csv.toString('base64') },
  });
  const [contest]: Array<{ id: string }> = await call('campaigns.generateContests', { campaignId: campaign.id });
  await call('campaigns.advance', { campaignId: campaign.id, to: 'open' });
  await call('users.add', { login: 'kiemphieu', fullName: 'Bench keyer', role: 'counter', password: 'bench password' });
  const keyer = core.openSession('cli');
  const keyerCall = async (name: string, input: unknown) => {
    const result = await core.dispatcher.dispatch(name, input, keyer);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as never;
  };
  await keyerCall('session.signIn', { login: 'kiemphieu', password: 'bench password' });
  core.vault.store.write(null, 'ballots.imported', { bench: true }, (db) => {
    db.pragma('foreign_keys=OFF');
    const batchId = createBatch(db, contest!.id, 'prefill', 'imported', new Date().toISOString());
    insertVerifiedBallots(
      db,
      contest!.id,
      batchId,
      Array.from({ length: existing }, () => ballot),
    );
    db.pragma('foreign_keys=ON');
  });
  const batch: { id: string } = await keyerCall('counting.createBatch', { contestId: contest!.id, label: 'measured' });
  const keying: { keyingId: string } = await keyerCall('counting.startKeying', { batchId: batch.id });
  const samplesMs: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    await keyerCall('counting.saveBallot', { keyingId: keying.keyingId, ballot, keystrokes: 17, activeMs: 4000 });
    samplesMs.push(performance.now() - started);
    await nextTurn();
  }
  core.shutdown();
  return { label: 'full save through the API, encrypted vault', samplesMs };
}

const plainFolder = scratchFolder('plain');
const cipherFolder = scratchFolder('cipher');
const coreFolder = scratchFolder('core');
try {
  const plain = scratchDatabase(join(plainFolder.path, 'plain.db'), null);
  const baseline = bareInserts(plain.db, 'bare durable insert + audit, unencrypted (baseline)', plain.keyingId);
  plain.db.close();
  const cipher = scratchDatabase(join(cipherFolder.path, 'vault.db'), randomBytes(32));
  const encrypted = bareInserts(cipher.db, 'bare durable insert + audit, encrypted (SQLCipher)', cipher.keyingId);
  cipher.db.close();
  const full = await fullSave(coreFolder.path);
  report(
    `Saving one ballot with ${existing.toLocaleString('en')} ballots already stored (${samples} samples each)`,
    [baseline, encrypted, full],
    'Target: p99 of the full save ≤ 2 ms.',
  );
  const p99 = (timing: Timing) =>
    percentile(
      [...timing.samplesMs].sort((a, b) => a - b),
      0.99,
    );
  targetTable('Save targets', [
    {
      what: 'one ballot saved through the API, p99',
      measured: `${p99(full).toFixed(2)} ms`,
      baseline: `bare insert ${p99(baseline).toFixed(2)} ms plain, ${p99(encrypted).toFixed(2)} ms encrypted`,
      target: '≤ 2 ms',
      met: p99(full) <= 2,
    },
  ]);
} finally {
  plainFolder.remove();
  cipherFolder.remove();
  coreFolder.remove();
}
