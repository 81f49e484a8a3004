import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pidsWithArgument, processListing } from './processListing';

/**
 * The app window's profiles live in `<data>/browser-profiles/<id>`, one per launch. A shell
 * that is killed outright (SIGKILL, a power cut) cannot stop its browser or delete the profile:
 * the next shell to start on the same data directory does both.
 */
export const profilesFolderName = 'browser-profiles';

/** Written into each profile: which shell opened it. */
const ownerFileName = 'kiem-phieu-shell.json';

export function recordProfileOwner(profileDirectory: string, shellPid: number): void {
  writeFileSync(join(profileDirectory, ownerFileName), JSON.stringify({ shellPid }), { mode: 0o600 });
}

function ownerOf(profileDirectory: string): number | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(profileDirectory, ownerFileName), 'utf8'));
    const shellPid = (parsed as { shellPid?: unknown } | null)?.shellPid;
    return Number.isSafeInteger(shellPid) ? (shellPid as number) : null;
  } catch {
    return null;
  }
}

export interface ProcessTable {
  isAlive(pid: number): boolean;
  /**
   * The live processes started with this exact argument. A pid is only ever signalled when its
   * own arguments name the profile, so one the system has given to another program is never
   * touched. Linux reads /proc; macOS and Windows read the system's process list (see
   * processListing). Empty where it cannot be read: the window is then closed by hand, and the
   * next start removes its profile.
   */
  startedWith(argument: string): number[];
  signal(pid: number, signal: NodeJS.Signals): void;
}

/** A process that has exited but was never reaped (its parent gone, and an init that does not reap) is dead. */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

export const systemProcesses: ProcessTable = {
  isAlive(pid) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      // EPERM: alive, but someone else's.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    return !isZombie(pid);
  },
  startedWith(argument) {
    if (process.platform === 'linux') {
      const pids: number[] = [];
      for (const name of readdirSync('/proc')) {
        const pid = Number(name);
        if (!Number.isSafeInteger(pid) || pid === process.pid) continue;
        try {
          const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          if (args.includes(argument) && !isZombie(pid)) pids.push(pid);
        } catch {
          // Gone, or not ours to read.
        }
      }
      return pids;
    }
    const listing = processListing();
    return listing === null ? [] : pidsWithArgument(listing, argument, process.pid);
  },
  signal(pid, signal) {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone in the meantime.
    }
  },
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ClosedProfile {
  readonly profile: string;
  /** How many browser processes still ran in it and were stopped. */
  readonly stoppedProcesses: number;
  /** False where the folder could not be removed (a browser this shell cannot see still holds it). */
  readonly removed: boolean;
}

/**
 * Stops every browser process still running in a profile — asked first, made after `graceMs` —
 * then deletes the profile. A window's helpers (zygote, renderers, GPU) outlive its main process
 * for a moment and write into the profile: the folder goes only once they are gone.
 */
export async function closeProfile(
  profile: string,
  processes: ProcessTable = systemProcesses,
  graceMs = 5_000,
): Promise<ClosedProfile> {
  const argument = `--user-data-dir=${profile}`;
  const running = processes.startedWith(argument);
  for (const pid of running) processes.signal(pid, 'SIGTERM');
  const started = Date.now();
  let killed = false;
  for (let left = running; left.length > 0; left = processes.startedWith(argument)) {
    const waited = Date.now() - started;
    if (waited > graceMs + 5_000) break;
    if (!killed && waited >= graceMs) {
      for (const pid of left) processes.signal(pid, 'SIGKILL');
      killed = true;
    }
    await pause(50);
  }
  let removed = false;
  for (let attempt = 0; attempt < 5 && !removed; attempt += 1) {
    try {
      rmSync(profile, { recursive: true, force: true });
      removed = !existsSync(profile);
    } catch {
      // A file written while the tree was being removed, or a lock the system still holds.
    }
    if (!removed) await pause(100);
  }
  return { profile, stoppedProcesses: running.length, removed };
}

/**
 * Closes the windows of profiles whose shell is gone and removes the profiles. A profile whose
 * shell still runs (a second shell on the same data directory) is left alone.
 */
export async function removeStaleProfiles(
  dataDirectory: string,
  processes: ProcessTable = systemProcesses,
): Promise<ClosedProfile[]> {
  const folder = join(dataDirectory, profilesFolderName);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const stale: ClosedProfile[] = [];
  for (const name of names) {
    const profile = join(folder, name);
    const shellPid = ownerOf(profile);
    if (shellPid !== null && shellPid !== process.pid && processes.isAlive(shellPid)) continue;
    stale.push(await closeProfile(profile, processes));
  }
  return stale;
}
