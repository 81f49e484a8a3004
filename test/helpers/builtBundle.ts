// The built app (dist/), which the tests that run the real shells start as their own process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Two levels up from test/helpers/ and from test-results/bench/, where build/bench.mjs bundles it.
const root = join(import.meta.dirname, '..', '..');
export const browserShellEntry = join(root, 'dist', 'main', 'browser.mjs');

/** The newest modification time under these folders (sources of the bundle). */
function newestSource(folders: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const folder of folders) visit(join(root, folder));
  return newest;
}

/** Builds dist/ (renderer and shells) when dist/main/browser.mjs is missing or older than a source. */
export function ensureBundle(): void {
  const built = existsSync(browserShellEntry) ? statSync(browserShellEntry).mtimeMs : 0;
  const renderer = join(root, 'dist', 'renderer', 'index.html');
  if (built > newestSource(['main', 'shared', 'renderer']) && existsSync(renderer)) return;
  console.warn('dist/ is missing or older than the sources: node build/bundle.mjs …');
  const run = spawnSync(process.execPath, [join(root, 'build', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status === 0) return;
  // Sources half-way through a change (other work in the same checkout): the last good bundle will do.
  if (built > 0 && existsSync(renderer)) console.warn('the build failed: using the bundle already in dist/');
  else throw new Error('node build/bundle.mjs failed and there is no bundle in dist/');
}
