import { accessSync, constants, existsSync, readdirSync, rmSync, statfsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type FolderState = 'unset' | 'ok' | 'missing' | 'notWritable' | 'full';

/** Below this a backup of a large vault may not fit: say so before the seal, not after. */
export const minimumFreeBytes = 100 * 1024 * 1024;

const automaticMark = '-tu-dong';

export function folderState(folder: string | null): { state: FolderState; freeBytes: number | null } {
  if (!folder) return { state: 'unset', freeBytes: null };
  try {
    if (!statSync(folder).isDirectory()) return { state: 'missing', freeBytes: null };
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { state: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'notWritable', freeBytes: null };
  }
  const stats = statfsSync(folder);
  const freeBytes = stats.bavail * stats.bsize;
  return { state: freeBytes < minimumFreeBytes ? 'full' : 'ok', freeBytes };
}

/**
 * kiem-phieu-20261123-141502[-2][-tu-dong].age: sorts by time, says which ones the app may prune,
 * and never names a file already in the folder (two seals in one second).
 */
export function backupFileName(folder: string, at: Date, automatic: boolean): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  for (let copy = 1; ; copy += 1) {
    const name = `kiem-phieu-${stamp}${copy > 1 ? `-${copy}` : ''}${automatic ? automaticMark : ''}.age`;
    if (!existsSync(join(folder, name))) return name;
  }
}

export function listBackups(folder: string): Array<{ fileName: string; bytes: number; modifiedAt: string }> {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.age') && !entry.name.startsWith('.'))
    .map((entry) => {
      const stats = statSync(join(folder, entry.name));
      return { fileName: entry.name, bytes: stats.size, modifiedAt: stats.mtime.toISOString() };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.fileName.localeCompare(a.fileName));
}

/** Keeps the newest `keep` automatic backups; backups made by hand are never removed. */
export function pruneAutomaticBackups(folder: string, keep: number): string[] {
  const automatic = listBackups(folder).filter((file) => file.fileName.endsWith(`${automaticMark}.age`));
  const removed = automatic.slice(keep).map((file) => file.fileName);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return removed;
}
