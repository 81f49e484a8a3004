#!/usr/bin/env node
// The static checks of `npm test`: the four type-checks and lint, two at a time (two cores here:
// one after the other they took about 2.2 minutes, side by side about half). Each one's output is
// printed whole when it ends, so lines never interleave; any failure fails the whole.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
// Longest first, so the last to start is a short one.
const checks = [
  [bin('tsc'), ['-p', 'test/tsconfig.json']],
  [bin('eslint'), ['--max-warnings', '0', '.']],
  [bin('tsc'), ['-p', 'main/tsconfig.json']],
  [bin('tsc'), ['-p', 'renderer/tsconfig.json']],
  [bin('tsc'), ['-p', 'tsconfig.json']],
];

function run([command, args]) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n`, started }));
    child.on('close', (code) => resolve({ code: code ?? 1, output, started }));
  }).then(({ code, output, started }) => {
    const line = `${command.split('/').at(-1)} ${args.join(' ')}`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`> ${line} — ${code === 0 ? 'ok' : `failed (${code})`}, ${seconds} s\n${output}`);
    return code;
  });
}

const width = Math.max(1, Math.min(2, availableParallelism()));
const queue = [...checks];
const codes = [];
await Promise.all(
  Array.from({ length: width }, async () => {
    while (queue.length > 0) codes.push(await run(queue.shift()));
  }),
);
process.exit(codes.every((code) => code === 0) ? 0 : 1);
