import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensurePrivateDirectory,
  removeStaleTemporaryFiles,
  writeFileAtomically,
} from '../../../main/base/privateFiles';
import { prepareDataDirectory } from '../../../main/core/createCore';
import { coreWithVault, reopenedCore } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

const posix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;

/** A temporary copy as writeFileAtomically names it, last touched `ageMs` ago. */
function leftover(folder: string, ageMs: number): string {
  const name = `.${Math.random().toString(16).slice(2, 14).padEnd(12, '0')}.tmp`;
  const path = join(folder, name);
  writeFileSync(path, 'half a header');
  const then = (Date.now() - ageMs) / 1000;
  utimesSync(path, then, then);
  return name;
}

describe('files the app keeps: private folders, no leftovers', () => {
  const temp = useTempDirectories();

  it.runIf(posix)('a data folder that already exists open to others is made 0700', () => {
    const folder = join(temp(), 'du-lieu');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    expect(modeOf(folder)).toBe(0o755);
    prepareDataDirectory(folder);
    expect(modeOf(folder)).toBe(0o700);
    // And one the app creates, with its parents, is 0700 too.
    const nested = join(temp(), 'a', 'b');
    ensurePrivateDirectory(nested);
    expect(modeOf(nested)).toBe(0o700);
  });

  it('removes only stale temporary copies, never a file in flight or anything else', () => {
    const folder = temp();
    const stale = [leftover(folder, 60_000), leftover(folder, 3_600_000)];
    const fresh = leftover(folder, 0);
    writeFileSync(join(folder, 'vault.header'), 'kept');
    writeFileSync(join(folder, 'notes.tmp'), 'kept');
    expect(removeStaleTemporaryFiles(folder)).toBe(2);
    expect(readdirSync(folder).sort()).toEqual([fresh, 'notes.tmp', 'vault.header'].sort());
    for (const name of stale) expect(existsSync(join(folder, name))).toBe(false);
    expect(removeStaleTemporaryFiles(join(folder, 'no such folder'))).toBe(0);
    // An atomic write leaves nothing behind of its own.
    writeFileAtomically(join(folder, 'settings.json'), '{}');
    expect(
      readdirSync(folder).filter((name) => name.endsWith('.tmp') && name !== fresh && name !== 'notes.tmp'),
    ).toEqual([]);
  });

  it('the copies a killed process left beside the vault header are cleared when the vault opens', async () => {
    const folder = temp();
    const { core } = await coreWithVault(folder);
    core.shutdown();
    const names = [leftover(folder, 120_000), leftover(folder, 120_000), leftover(folder, 120_000)];
    const { core: reopened } = await reopenedCore(folder);
    for (const name of names) expect(existsSync(join(folder, name))).toBe(false);
    reopened.shutdown();
  });
});
