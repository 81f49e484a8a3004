import { spawnSync } from 'node:child_process';

/**
 * Every process's id and command line, one per line ("<pid> <command line>"), where the system
 * has no /proc: `ps` on macOS, PowerShell's process list on Windows. Null where it cannot be read.
 */
export function processListing(platform: NodeJS.Platform = process.platform): string | null {
  const options = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true, timeout: 15_000 } as const;
  if (platform === 'darwin') {
    const ps = spawnSync('ps', ['-axo', 'pid=,args='], options);
    return ps.status === 0 ? ps.stdout : null;
  }
  if (platform === 'win32') {
    // UTF-8 out, or a profile under a user name with Vietnamese letters would not match.
    const script =
      '[Console]::OutputEncoding = [Text.Encoding]::UTF8; ' +
      "Get-CimInstance Win32_Process | ForEach-Object { '{0} {1}' -f $_.ProcessId, $_.CommandLine }";
    const shell = spawnSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], options);
    return shell.status === 0 ? shell.stdout : null;
  }
  return null;
}

/**
 * The processes in a listing whose command line holds `argument` as one whole argument. On
 * Windows the command line is split as programs split it (quotes may wrap the whole argument or
 * only its value: `--user-data-dir="C:\…"`); `ps` joins arguments with spaces, so there the
 * argument must stand between spaces. A longer argument that merely starts with it never counts.
 */
export function pidsWithArgument(
  listing: string,
  argument: string,
  exceptPid: number,
  platform: NodeJS.Platform = process.platform,
): number[] {
  const pids: number[] = [];
  for (const line of listing.split(/\r?\n/)) {
    const match = /^\s*(\d+)\s(.*)$/.exec(line);
    if (!match) continue;
    const pid = Number(match[1]);
    if (!Number.isSafeInteger(pid) || pid === exceptPid) continue;
    const commandLine = match[2]!;
    const holds =
      platform === 'win32' ? windowsArguments(commandLine).includes(argument) : standsAlone(commandLine, argument);
    if (holds) pids.push(pid);
  }
  return pids;
}

function standsAlone(commandLine: string, argument: string): boolean {
  for (let at = commandLine.indexOf(argument); at >= 0; at = commandLine.indexOf(argument, at + 1)) {
    const after = commandLine[at + argument.length];
    if (commandLine[at - 1] === ' ' && (after === undefined || after === ' ')) return true;
  }
  return false;
}

/**
 * A Windows command line split into arguments by the C runtime's rules: spaces and tabs separate
 * outside quotes; 2n backslashes before a quote are n backslashes and the quote opens or closes;
 * 2n+1 are n and a literal quote; other backslashes are literal.
 */
export function windowsArguments(commandLine: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quoted = false;
  for (let index = 0; index < commandLine.length; index += 1) {
    const char = commandLine[index]!;
    if (char === '\\') {
      let count = 0;
      while (commandLine[index + count] === '\\') count += 1;
      if (commandLine[index + count] === '"') {
        current += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) current += '"';
        else quoted = !quoted;
        index += count;
      } else {
        current += '\\'.repeat(count);
        index += count - 1;
      }
      started = true;
    } else if (char === '"') {
      quoted = !quoted;
      started = true;
    } else if ((char === ' ' || char === '\t') && !quoted) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}
