// Reads what `strace -f` saw a process tree try to reach: every socket address it connected or
// sent to, which of them leave the machine, and which of them are name lookups (port 53, DNS over
// TLS or HTTPS to a public resolver, systemd-resolved over its Unix socket).
//
// One connect() to the outside is not traffic: Chromium's IPv6 reachability check connects a UDP
// socket to Google's public resolver (2001:4860:4860::8888, port 443) to learn whether a route
// exists, and sends nothing on it. Its resolver does so before every host lookup, at most once a
// second — also for 127.0.0.1 — and no switch turns it off. Those are told apart (a datagram socket,
// that address, nothing sent on it) and counted on their own; anything else that leaves is a leak.

/**
 * The system calls traced: sockets made, connected, sent on and closed; programs started;
 * threads and processes made. Closing matters: a descriptor's number is reused at once (Chromium
 * passes its IPC sockets around constantly), and what is sent on the new one is not sent to the
 * old one's peer.
 */
export const tracedCalls = [
  'socket',
  'connect',
  'close',
  'close_range',
  'dup2',
  'dup3',
  'sendto',
  'sendmsg',
  'sendmmsg',
  'execve',
  'clone',
  'clone3',
  'fork',
  'vfork',
] as const;

export interface SocketAttempt {
  readonly pid: number;
  readonly call: string;
  readonly family: 'inet' | 'inet6' | 'unix';
  /** An IP address, or the Unix socket's path. */
  readonly address: string;
  readonly port: number | null;
  readonly socket: 'stream' | 'datagram' | 'unknown';
  /** Which program made it: the shell's Node.js, the app window's Chromium, the printer's Chromium. */
  readonly program: string;
  /** The line as strace wrote it, for the failure message. */
  readonly line: string;
}

export interface NetworkTrace {
  readonly attempts: readonly SocketAttempt[];
  /** connect() to an IP address outside 127.0.0.0/8 and ::1. */
  readonly nonLoopbackConnects: readonly SocketAttempt[];
  /** Of those, Chromium's IPv6 route checks: a UDP connect() to its fixed probe address, nothing sent. */
  readonly routeChecks: readonly SocketAttempt[];
  /** Everything else that reaches outside: a connection, or a datagram sent to a non-loopback address. */
  readonly leaks: readonly SocketAttempt[];
  /** Any attempt to resolve a name: port 53 or 853, a public resolver (but a route check), systemd-resolved. */
  readonly dnsQueries: readonly SocketAttempt[];
  /** The programs the trace followed (see ProcessTree.programOf). */
  readonly programs: ReadonlySet<string>;
  /** Loopback connect()s to this port by this program: proof that the trace followed its processes. */
  loopbackConnectsTo(port: number, program: string): number;
}

export const appWindow = 'the app window (Chromium)';
export const pdfPrinter = "the PDF printer's Chromium";
export const shellProcess = 'the shell (Node.js)';

/** The address of Chromium's IPv6 reachability check (net/dns/host_resolver_manager.cc, kIPv6ProbeAddress). */
const routeCheckAddress = '2001:4860:4860::8888';

/** Public resolvers Chromium upgrades to DNS over HTTPS. */
const publicResolvers = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '2001:4860:4860::8888',
  '2001:4860:4860::8844',
  '1.1.1.1',
  '1.0.0.1',
  '2606:4700:4700::1111',
  '2606:4700:4700::1001',
  '9.9.9.9',
  '149.112.112.112',
  '2620:fe::fe',
  '2620:fe::9',
  '208.67.222.222',
  '208.67.220.220',
  '2620:119:35::35',
  '2620:119:53::53',
]);

// systemd-resolved's own sockets serve name lookups only. (nscd's also serves the user and group
// lookups every program makes at start; a host lookup through it would show as a query to port 53
// from nscd itself.)
const resolverSockets = [/systemd\/resolve/];

const inet = /sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/g;
const inet6 = /sa_family=AF_INET6, sin6_port=htons\((\d+)\),.*?inet_pton\(AF_INET6, "([^"]+)"/g;
const unix = /sa_family=AF_UNIX, sun_path=@?"([^"]+)"/g;
// "1234  connect(…", optionally with a timestamp after the pid (strace -t, -tt, -ttt).
const callLine = /^(\d+)\s+(?:[\d:.]+\s+)?([a-z_0-9]+)\((\d+)?/;
// "1234  <... clone3 resumed>…) = 1240": the rest of an interrupted call.
const resumedLine = /^(\d+)\s+(?:[\d:.]+\s+)?<\.\.\. ([a-z_0-9]+) resumed>/;
const returned = /\)\s+=\s+(\d+)(?:\s|$)/;

export function isLoopback(address: string): boolean {
  if (/^127\./.test(address)) return true;
  const lower = address.toLowerCase();
  return lower === '::1' || /^::ffff:127\./.test(lower);
}

function isNameLookup(attempt: SocketAttempt): boolean {
  if (attempt.family === 'unix') return resolverSockets.some((pattern) => pattern.test(attempt.address));
  if (attempt.port === 53 || attempt.port === 853) return true;
  return publicResolvers.has(attempt.address.toLowerCase());
}

interface OpenSocket {
  readonly kind: SocketAttempt['socket'];
  /** The connect() that gave it a peer, and whether anything was sent to that peer since. */
  peer?: { attempt: SocketAttempt; sent: boolean };
}

/** One traced call: the line it ended on, with the arguments from the line it started on. */
interface TracedCall {
  readonly pid: number;
  readonly name: string;
  /** The call's arguments: its own line, or the line it was interrupted on. */
  readonly first: string;
  /** The whole call is on this line (not the end of an interrupted one). */
  readonly started: boolean;
  readonly line: string;
  readonly result: string | undefined;
}

/** Joins each interrupted call (`<unfinished ...>`) with its end (`<... name resumed>`). */
function* tracedCallsIn(lines: readonly string[]): Generator<TracedCall> {
  const interrupted = new Map<number, string>();
  for (const line of lines) {
    const call = callLine.exec(line);
    const resumed = call ? null : resumedLine.exec(line);
    if (!call && !resumed) continue;
    const pid = Number((call ?? resumed)![1]);
    if (call && line.includes('<unfinished ...>')) interrupted.set(pid, line);
    const first = call ? line : (interrupted.get(pid) ?? '');
    if (resumed) interrupted.delete(pid);
    yield { pid, name: (call ?? resumed)![2]!, first, started: !!call, line, result: returned.exec(line)?.[1] };
  }
}

/**
 * Who started whom and what each runs, read from the whole trace before any socket is looked
 * at: a new thread's or process's first calls are often written before its parent's clone()
 * returns, and a socket it made then belongs to its process all the same.
 */
class ProcessTree {
  private readonly parents = new Map<number, number>();
  private readonly groups = new Map<number, number>();
  private readonly commands = new Map<number, string>();

  learn({ pid, name, first, started, line, result }: TracedCall): void {
    if (name === 'execve' && started) this.commands.set(pid, line.slice(line.indexOf('execve(')));
    else if (['clone', 'clone3', 'fork', 'vfork'].includes(name) && result) {
      const child = Number(result);
      this.parents.set(child, pid);
      // A thread shares its process's sockets.
      if (first.includes('CLONE_THREAD')) this.groups.set(child, pid);
    }
  }

  /** The process a thread belongs to: the sockets it holds are that process's. */
  group(pid: number): number {
    let current = pid;
    for (let next = this.groups.get(current); next !== undefined; next = this.groups.get(current)) current = next;
    return current;
  }

  programs(): Set<string> {
    return new Set([...this.commands.keys()].map((pid) => this.programOf(pid)));
  }

  /** The program of the nearest ancestor that is not one of Chromium's helper processes (--type=…). */
  programOf(pid: number): string {
    for (let current: number | undefined = pid; current !== undefined; current = this.parents.get(current)) {
      const command = this.commands.get(current);
      if (!command || command.includes('"--type=')) continue;
      if (command.includes('"--app=')) return appWindow;
      if (command.includes('"--remote-debugging-pipe"')) return pdfPrinter;
      const path = /^execve\("([^"]*)"/.exec(command)?.[1] ?? '?';
      const program = path.slice(path.lastIndexOf('/') + 1);
      return program.startsWith('node') ? shellProcess : program;
    }
    return 'unknown';
  }
}

/** Follows the sockets each process holds through the trace, call by call. */
class SocketReader {
  private readonly sockets = new Map<string, OpenSocket>();
  readonly attempts: SocketAttempt[] = [];
  readonly routeChecks = new Set<SocketAttempt>();
  readonly leaks: SocketAttempt[] = [];

  constructor(private readonly processes: ProcessTree) {}

  read({ pid, name, first, started, line, result }: TracedCall): void {
    if (name === 'socket' && result) {
      const kind = /SOCK_STREAM/.test(first) ? 'stream' : /SOCK_DGRAM/.test(first) ? 'datagram' : 'unknown';
      this.sockets.set(`${this.processes.group(pid)}:${result}`, { kind });
    } else if (started && ['connect', 'sendto', 'sendmsg', 'sendmmsg'].includes(name)) this.reach(pid, name, line);
    // A descriptor is free from the moment its close() begins: a socket() another thread finishes
    // while the close is still being written can already get the same number.
    else if (started && ['close', 'close_range', 'dup2', 'dup3'].includes(name)) this.release(pid, name, first);
  }

  /**
   * A descriptor closed, or replaced by dup2/dup3 (its second argument): the socket it held is
   * gone, and whether a route check on it ever sent something is settled now.
   */
  private release(pid: number, name: string, first: string): void {
    const args = /\((\d+)(?:,\s*(\d+))?/.exec(first.slice(first.indexOf(`${name}(`)));
    if (!args) return;
    const [from, to] = [Number(args[1]), args[2] === undefined ? undefined : Number(args[2])];
    const closed =
      name === 'close'
        ? [from]
        : name === 'close_range'
          ? [...this.sockets.keys()]
              .filter((key) => key.startsWith(`${this.processes.group(pid)}:`))
              .map((key) => Number(key.split(':')[1]))
              .filter((fd) => fd >= from && fd <= Math.min(to ?? from, 1 << 30))
          : to === undefined
            ? []
            : [to];
    for (const fd of closed) {
      const key = `${this.processes.group(pid)}:${fd}`;
      this.settle(this.sockets.get(key));
      this.sockets.delete(key);
    }
  }

  /** A route check on whose socket something was sent is a leak after all. */
  private settle(open: OpenSocket | undefined): void {
    if (!open?.peer?.sent || !this.routeChecks.has(open.peer.attempt)) return;
    this.routeChecks.delete(open.peer.attempt);
    this.leaks.push(open.peer.attempt);
  }

  private reach(pid: number, call: string, line: string): void {
    const fd = callLine.exec(line)?.[3];
    const open = this.sockets.get(`${this.processes.group(pid)}:${fd}`);
    const found: Array<Pick<SocketAttempt, 'family' | 'address' | 'port'>> = [];
    for (const [, port, address] of line.matchAll(inet))
      found.push({ family: 'inet', address: address!, port: +port! });
    for (const [, port, address] of line.matchAll(inet6))
      found.push({ family: 'inet6', address: address!, port: +port! });
    for (const [, path] of line.matchAll(unix)) found.push({ family: 'unix', address: path!, port: null });
    const base = { pid, call, socket: open?.kind ?? 'unknown', program: this.processes.programOf(pid), line } as const;

    if (found.length === 0 && call !== 'connect' && open?.peer) {
      // Sent on a connected socket: to its peer.
      open.peer.sent = true;
      const { attempt } = open.peer;
      if (attempt.family !== 'unix' && !isLoopback(attempt.address)) this.leaks.push({ ...attempt, ...base });
      return;
    }
    for (const address of found) {
      const attempt: SocketAttempt = { ...base, ...address };
      this.attempts.push(attempt);
      if (attempt.family === 'unix' || isLoopback(attempt.address)) continue;
      if (call === 'connect' && open) open.peer = { attempt, sent: false };
      if (call === 'connect' && attempt.socket === 'datagram' && attempt.address === routeCheckAddress)
        this.routeChecks.add(attempt);
      else this.leaks.push(attempt);
    }
  }

  /** Route checks on whose socket something was sent after all are leaks too. */
  finish(): void {
    for (const open of this.sockets.values()) this.settle(open);
  }
}

/** Every socket address in a trace, sorted into route checks, leaks and name lookups. */
export function readNetworkTrace(text: string): NetworkTrace {
  const calls = [...tracedCallsIn(text.split('\n'))];
  const processes = new ProcessTree();
  for (const call of calls) processes.learn(call);
  const reader = new SocketReader(processes);
  for (const call of calls) reader.read(call);
  reader.finish();
  const { attempts } = reader;
  const routeChecks = attempts.filter((attempt) => reader.routeChecks.has(attempt));
  return {
    attempts,
    nonLoopbackConnects: attempts.filter(
      (attempt) => attempt.call === 'connect' && attempt.family !== 'unix' && !isLoopback(attempt.address),
    ),
    routeChecks,
    leaks: reader.leaks,
    dnsQueries: [...new Set([...attempts, ...reader.leaks])].filter(
      (attempt) => !reader.routeChecks.has(attempt) && isNameLookup(attempt),
    ),
    programs: processes.programs(),
    loopbackConnectsTo: (port, program) =>
      attempts.filter(
        (attempt) =>
          attempt.call === 'connect' &&
          attempt.family !== 'unix' &&
          isLoopback(attempt.address) &&
          attempt.port === port &&
          attempt.program === program,
      ).length,
  };
}

/** One line per distinct destination with its count, most frequent first: what the test prints. */
export function summarise(attempts: readonly SocketAttempt[]): string[] {
  const counts = new Map<string, number>();
  for (const attempt of attempts) {
    const destination = attempt.family === 'unix' ? attempt.address : `[${attempt.address}]:${attempt.port}`;
    const key = `${attempt.call} (${attempt.socket}) ${destination} from ${attempt.program}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${count} × ${key}`);
}
