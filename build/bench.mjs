#!/usr/bin/env node
// `npm run bench`: builds each test/bench/*.bench.ts with esbuild and runs it, one after the
// other. Benchmarks print their figures beside a baseline measured in the same run; they are
// not tests and never fail on timings.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const sources = readdirSync(join(root, 'test', 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)));
const out = join(root, 'test-results', 'bench');
mkdirSync(out, { recursive: true });

let failed = false;
for (const source of sources) {
  const outfile = join(out, source.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, 'test', 'bench', source)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  process.stdout.write(`\n=== ${source} ===\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
