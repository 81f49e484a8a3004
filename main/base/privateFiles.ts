import { open } from 'node:fs/promises';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';

/**
 * Directories the app keeps files in are readable by their owner only: one it creates is made
 * 0700, and one that already existed with rights for group or others (0755, say) is narrowed to
 * 0700 — or refused, when it belongs to someone else and cannot be.
 */
export function ensurePrivateDirectory(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  const { mode } = statSync(path);
  if ((mode & 0o077) === 0) return;
  try {
    chmodSync(path, 0o700);
  } catch {
    throw new AppError('DATA_DIRECTORY_NOT_PRIVATE', { path, mode: (mode & 0o777).toString(8).padStart(4, '0') });
  }
}

/** The name writeFileAtomically gives its temporary copy. */
const temporaryName = /^\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary copies a killed process left beside the files it was replacing (a write
 * in flight lasts milliseconds: only copies older than `olderThanMs` are stale). Returns how
 * many were removed.
 */
export function removeStaleTemporaryFiles(folder: string, now = Date.now(), olderThanMs = 10_000): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!temporaryName.test(name)) continue;
    const path = join(folder, name);
    try {
      if (now - statSync(path).mtimeMs < olderThanMs) continue;
      rmSync(path, { force: true });
      removed += 1;
    } catch {
      // Gone already, or not ours to remove: nothing to clean.
    }
  }
  return removed;
}

export function fsyncDirectory(path: string): void {
  // Windows cannot open a directory for fsync; the rename is durable enough there.
  if (process.platform === 'win32') return;
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** As fsyncDirectory, off the main thread: a folder's flush can wait on a large file's pages. */
export async function fsyncDirectoryAsync(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix:
 * write a temporary file beside it (mode 0600), flush it, rename it over, flush the folder.
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const folder = dirname(path);
  ensurePrivateDirectory(folder);
  const temporary = join(folder, `.${randomBytes(6).toString('hex')}.tmp`);
  const descriptor = openSync(temporary, 'wx', 0o600);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeSync(descriptor, bytes);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  renameSync(temporary, path);
  fsyncDirectory(folder);
}
