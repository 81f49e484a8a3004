import type { WritableDB } from '../../main/vault/vaultStore';
// Encrypted backups of a vault holding 1,000,000 verified ballots (100 contests × 20 batches of
// 500): export (snapshot, hash, tar, age), verify (decrypt, hash, check) and restore, beside a
// raw copy of the database file in the same run (the floor any copy pays), and the longest a save
// waits while an export runs beside it, against the longest wait of the same saves alone.
// Targets (issues 7 and 20): export ≤ 3 s, verify ≤ 3 s, no save stalled more than 100 ms.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BallotEntry } from '../../shared/counting/ballot';
import { generateArchiveKey } from '../../main/backup/backupKeys';
import { createBackup } from '../../main/backup/createBackup';
import { restoreBackup } from '../../main/backup/restoreBackup';
import { verifyBackup } from '../../main/backup/verifyBackup';
import { snapshotVault } from '../../main/backup/vaultSnapshot';
import { insertVerifiedBallots } from '../../main/counting/ballotStore';
import { createBatch } from '../../main/counting/batchStore';
import { vaultFiles } from '../../main/vault/vaultFiles';
import { createTestVault } from '../helpers/testVault';
import { report, scratchFolder, targetTable, type Timing } from './benchSupport';

const contests = Number(process.env.BENCH_CONTESTS ?? 100);
const batchesPerContest = 20;
const ballotsPerBatch = 500;
const samples = Number(process.env.BENCH_SAMPLES ?? 3);
const targets = { export: 3, verify: 3, stallMs: 100 };

function ballotOf(index: number): BallotEntry {
  return {
    valid: true,
    answers: Array.from({ length: 15 }, (_, criterion) => ((index + criterion) % 4) + 1),
    notes: {},
    other: '',
    prestige: (index % 4) + 1,
  };
}

/** When each phase of a run first reported, in seconds from the first report. */
function phaseClock() {
  const firstSeen = new Map<string, number>();
  let started = 0;
  return {
    report: (_done: number, _total: number, phase: string) => {
      if (firstSeen.size === 0) started = performance.now();
      if (!firstSeen.has(phase)) firstSeen.set(phase, performance.now());
    },
    summary: () => [...firstSeen].map(([phase, at]) => `${phase} ${((at - started) / 1000).toFixed(2)}`).join(', '),
  };
}
const phases = phaseClock();

async function time(label: string, runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<Timing> {
  const samplesMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work(run);
    samplesMs.push(performance.now() - started);
  }
  return { label, samplesMs };
}

const folder = scratchFolder('backup');
try {
  const data = join(folder.path, 'data');
  const { vault, admin } = await createTestVault(data);
  const filling = performance.now();
  vault.maintenance.withOpenVault(({ db: opened }) => {
    const db = opened as WritableDB;
    // Contests and batches only as far as the ballots need them (the tally bench builds the full chain).
    db.pragma('foreign_keys=OFF');
    db.pragma('cache_size=-1000000');
    const batch = Array.from({ length: ballotsPerBatch }, (_, index) => ballotOf(index));
    db.transaction(() => {
      for (let contest = 0; contest < contests; contest += 1) {
        const contestId = randomUUID();
        for (let number = 1; number <= batchesPerContest; number += 1) {
          const batchId = createBatch(db, contestId, `Lô ${number}`, 'keyed', new Date().toISOString());
          insertVerifiedBallots(db, contestId, batchId, batch);
        }
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('cache_size=-2000');
    db.pragma('foreign_keys=ON');
  });
  const ballots = contests * batchesPerContest * ballotsPerBatch;
  const databaseBytes = statSync(vaultFiles(data).database).size;
  console.log(
    `filled ${ballots.toLocaleString('en')} ballots in ${((performance.now() - filling) / 1000).toFixed(1)} s; ` +
      `vault.db ${(databaseBytes / 1e6).toFixed(0)} MB`,
  );

  const archive = await generateArchiveKey();
  const out = join(folder.path, 'out');
  mkdirSync(out);
  const backup = join(out, 'backup.age');
  const timings: Timing[] = [];
  timings.push(
    await time('raw copy of vault.db (baseline)', samples, (run) => {
      copyFileSync(vaultFiles(data).database, join(out, `raw-${run}.db`));
      rmSync(join(out, `raw-${run}.db`));
    }),
  );
  timings.push(
    await time('export to an archive key (pages copied beside the saves)', samples, (run) =>
      createBackup(
        vault.maintenance,
        { recipients: [archive.recipient] },
        backup,
        run === 0 ? phases.report : undefined,
      ),
    ),
  );
  const backupBytes = statSync(backup).size;
  timings.push(
    await time('verify with the archive key', samples, () => verifyBackup(backup, { identity: archive.identity })),
  );
  timings.push(
    await time('restore into a new folder (verifies in the same pass)', 1, () =>
      restoreBackup(backup, { identity: archive.identity }, join(folder.path, 'restored')),
    ),
  );
  timings.push(
    await time('  snapshot alone: VACUUM INTO (keyed)', samples, async () =>
      (await snapshotVault(vault.maintenance, out, 'vacuum')).remove(),
    ),
  );
  timings.push(
    await time('  snapshot alone: checkpoint + copy of the encrypted file', samples, async () =>
      (await snapshotVault(vault.maintenance, out, 'checkpoint-copy')).remove(),
    ),
  );
  timings.push(
    await time('export with compaction (VACUUM INTO)', 1, () =>
      createBackup(vault.maintenance, { recipients: [archive.recipient] }, join(out, 'vacuum.age'), undefined, {
        snapshot: 'vacuum',
      }),
    ),
  );
  const passphraseBackup = join(out, 'passphrase.age');
  timings.push(
    await time('export to a passphrase (scrypt log2 N = 18)', 1, () =>
      createBackup(vault.maintenance, { passphrase: 'cụm mật khẩu sao lưu' }, passphraseBackup),
    ),
  );
  timings.push(
    await time('verify with the passphrase', 1, () =>
      verifyBackup(passphraseBackup, { passphrase: 'cụm mật khẩu sao lưu' }),
    ),
  );
  // Saves one after another for as long as `work` runs: the longest wait between two of them.
  const save = () => vault.store.write(admin, 'user.passwordChanged', { note: 'a save beside the backup' }, () => 0);
  let phase = 'before';
  let progressAt = '';
  async function longestWait(
    work: () => Promise<unknown>,
  ): Promise<{ longestMs: number; saves: number; during: string; longestSaveMs: number }> {
    let running = true;
    let last = performance.now();
    let longestMs = 0;
    let during = '';
    let saves = 0;
    let longestSaveMs = 0;
    const loop = () => {
      if (!running) return;
      const saving = performance.now();
      save();
      const now = performance.now();
      longestSaveMs = Math.max(longestSaveMs, now - saving);
      if (now - last > longestMs) {
        longestMs = now - last;
        during = `${phase} ${progressAt}`;
      }
      last = now;
      saves += 1;
      setImmediate(loop);
    };
    setImmediate(loop);
    await work();
    running = false;
    return { longestMs, saves, during, longestSaveMs };
  }
  const exportMsAlone = [...timings[1]!.samplesMs].sort((a, b) => a - b)[0]!;
  const alone = await longestWait(() => new Promise((resolve) => setTimeout(resolve, exportMsAlone)));
  const beside = await longestWait(() =>
    createBackup(vault.maintenance, { recipients: [archive.recipient] }, join(out, 'beside.age'), (done, total, at) => {
      phase = at;
      progressAt = `${((100 * done) / Math.max(total, 1)).toFixed(0)}%`;
    }),
  );
  vault.lock.lock('manual');

  report(
    `Backups of ${ballots.toLocaleString('en')} ballots (vault.db ${(databaseBytes / 1e6).toFixed(0)} MB, backup ${(backupBytes / 1e6).toFixed(0)} MB)`,
    timings,
  );
  const median = (timing: Timing) =>
    [...timing.samplesMs].sort((a, b) => a - b)[Math.floor(timing.samplesMs.length / 2)]! / 1000;
  console.log(`first export by phase (s from start): ${phases.summary()}`);
  const exportSeconds = median(timings[1]!);
  const verifySeconds = median(timings[2]!);
  const rawSeconds = median(timings[0]!);
  targetTable('Backup targets', [
    {
      what: `export (${ballots.toLocaleString('en')} ballots)`,
      measured: `${exportSeconds.toFixed(2)} s`,
      baseline: `${(exportSeconds / rawSeconds).toFixed(1)}× the raw copy`,
      target: `≤ ${targets.export} s`,
      met: exportSeconds <= targets.export,
    },
    {
      what: 'verify',
      measured: `${verifySeconds.toFixed(2)} s`,
      baseline: `${(verifySeconds / rawSeconds).toFixed(1)}× the raw copy`,
      target: `≤ ${targets.verify} s`,
      met: verifySeconds <= targets.verify,
    },
    {
      what: `longest wait of a save during an export (${beside.saves.toLocaleString('en')} saves; at '${beside.during}', the save itself ${beside.longestSaveMs.toFixed(0)} ms)`,
      measured: `${beside.longestMs.toFixed(0)} ms`,
      baseline: `${alone.longestMs.toFixed(0)} ms alone (${alone.saves.toLocaleString('en')} saves)`,
      target: `≤ ${targets.stallMs} ms`,
      met: beside.longestMs <= targets.stallMs,
    },
  ]);
} finally {
  folder.remove();
}
