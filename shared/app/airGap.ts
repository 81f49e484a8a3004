import type { Bilingual } from '../i18n/language';
import { message } from '../i18n/messages';
import { z } from '../schema/z';

/**
 * The air-gap check (issue 22, point 2; as Kiesraad's Abacus keeps its counting machines off any
 * network): whether this machine could reach outside. Unlike Abacus, which opens connections to
 * known servers and looks names up, the check only reads what the system already knows — the
 * app makes no network request of any kind (zero non-loopback `connect()`s and zero DNS queries
 * under strace, on every CI run). Three checks:
 *
 * - `defaultRoute`: a route to anywhere (IPv4 or IPv6) that is up and not a reject route
 *   (Linux: /proc/net/route, /proc/net/ipv6_route; not checked elsewhere);
 * - `interface`: a non-loopback interface that is up with an address that is not link-local
 *   (169.254.0.0/16, fe80::/10: every interface has one without any network);
 * - `resolver`: a nameserver outside this machine in the system resolver's configuration,
 *   reachable because one of the other two holds. No query is sent: with no route and no
 *   interface up no resolver can be reached, with either the machine is already reported; a
 *   resolv.conf left from the last network on an unplugged machine does not make it online.
 *
 * The machine looks online when any check saw a way outside. Reading files is all a check does,
 * so this module turns what was read into findings and main/app/airGapProbe.ts does the reading.
 */
export const airGapCheckKinds = ['defaultRoute', 'interface', 'resolver'] as const;
export type AirGapCheckKind = (typeof airGapCheckKinds)[number];

/** At most this many things seen per check are kept (a host with dozens of container links). */
const seenLimit = 12;

export const airGapCheckSchema = z
  .object({
    check: z.enum(airGapCheckKinds),
    /** Whether this check saw a way outside; null when it cannot be made on this system. */
    outside: z.boolean().nullable(),
    /** What was seen: `eth0 → 192.0.2.1`, `wlan0 192.168.1.5/24`, `10.0.0.53`. */
    seen: z.array(z.string().max(200)).max(seenLimit + 1),
  })
  .strict();
export type AirGapCheck = z.infer<typeof airGapCheckSchema>;

/** One run of the probe: its checks, and whether they were simulated (KIEM_PHIEU_AIR_GAP, for tests). */
export const airGapReadingSchema = z
  .object({
    checks: z.array(airGapCheckSchema),
    simulated: z.boolean(),
  })
  .strict();
export type AirGapReading = z.infer<typeof airGapReadingSchema>;

/** The latest reading as the core keeps it: online or not, since when, checked when. */
export const airGapStatusSchema = airGapReadingSchema
  .extend({
    online: z.boolean(),
    /** When the machine was first seen as it now is (online or offline): ISO instant. */
    since: z.string(),
    checkedAt: z.string(),
  })
  .strict();
export type AirGapStatus = z.infer<typeof airGapStatusSchema>;

export function looksOnline(checks: readonly AirGapCheck[]): boolean {
  return checks.some((check) => check.outside === true);
}

function limited(seen: readonly string[]): string[] {
  return seen.length <= seenLimit ? [...seen] : [...seen.slice(0, seenLimit), `+${seen.length - seenLimit}`];
}

const rtfUp = 0x0001;
const rtfReject = 0x0200;

function usableRoute(flags: number, iface: string): boolean {
  return (flags & rtfUp) !== 0 && (flags & rtfReject) === 0 && iface !== 'lo';
}

/** An IPv4 address as /proc/net/route writes it: eight hex digits in the host's byte order. */
function ipv4FromProc(hex: string, littleEndian: boolean): string {
  const bytes = [0, 2, 4, 6].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return (littleEndian ? bytes.reverse() : bytes).join('.');
}

/** The default routes of /proc/net/route (IPv4): `eth0 → 192.0.2.1`, or the interface alone without a gateway. */
export function ipv4DefaultRoutes(procNetRoute: string, littleEndian = true): string[] {
  const routes: string[] = [];
  for (const line of procNetRoute.split('\n').slice(1)) {
    const [iface, destination, gateway, flags, , , , mask] = line.trim().split(/\s+/);
    if (!iface || !destination || !gateway || !flags || !mask) continue;
    if (Number.parseInt(destination, 16) !== 0 || Number.parseInt(mask, 16) !== 0) continue;
    if (!usableRoute(Number.parseInt(flags, 16), iface)) continue;
    routes.push(Number.parseInt(gateway, 16) === 0 ? iface : `${iface} → ${ipv4FromProc(gateway, littleEndian)}`);
  }
  return limited(routes);
}

/** 32 hex digits as an IPv6 address in its short form (RFC 5952): fd00::1. */
export function ipv6FromHex(hex: string): string {
  const groups = Array.from({ length: 8 }, (_, index) =>
    parseInt(hex.slice(index * 4, index * 4 + 4), 16).toString(16),
  );
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start += 1) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === '0') length += 1;
    if (length > best.length) best = { start, length };
  }
  if (best.length < 2) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`;
}

/** The default routes of /proc/net/ipv6_route (::/0), skipping the kernel's reject route on lo. */
export function ipv6DefaultRoutes(procNetIpv6Route: string): string[] {
  const routes: string[] = [];
  for (const line of procNetIpv6Route.split('\n')) {
    const [destination, prefix, , , nextHop, , , , flags, iface] = line.trim().split(/\s+/);
    if (!destination || !prefix || !nextHop || !flags || !iface) continue;
    if (!/^0+$/.test(destination) || Number.parseInt(prefix, 16) !== 0) continue;
    if (!usableRoute(Number.parseInt(flags, 16), iface)) continue;
    routes.push(/^0+$/.test(nextHop) ? iface : `${iface} → ${ipv6FromHex(nextHop)}`);
  }
  return limited(routes);
}

/** An address as os.networkInterfaces() gives it (the fields the check reads). */
export interface InterfaceAddress {
  readonly address: string;
  readonly family: string;
  readonly internal: boolean;
  readonly cidr: string | null;
}

function linkLocal(address: InterfaceAddress): boolean {
  if (address.family === 'IPv4') return address.address.startsWith('169.254.');
  return /^fe[89ab][0-9a-f]:/i.test(address.address);
}

/**
 * Interfaces that could carry traffic outside: not loopback, up (`isUp` answers from the
 * system, null when it cannot tell, which counts as up), with an address that is not
 * link-local. Interfaces are not left out by name: a container or VM bridge with nothing on it
 * is down (docker0, virbr0), and one that is up can be bridged to a real network.
 */
export function outsideAddresses(
  interfaces: Readonly<Record<string, readonly InterfaceAddress[] | undefined>>,
  isUp: (name: string) => boolean | null,
): string[] {
  const seen: string[] = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    const usable = (addresses ?? []).filter((address) => !address.internal && !linkLocal(address));
    if (usable.length === 0 || isUp(name) === false) continue;
    for (const address of usable) seen.push(`${name} ${address.cidr ?? address.address}`);
  }
  return limited(seen);
}

/** Nameservers of a resolv.conf that are not on this machine (127.0.0.0/8 and ::1 are local stubs). */
export function outsideNameservers(resolvConf: string): string[] {
  const servers = new Set<string>();
  for (const line of resolvConf.split('\n')) {
    const [keyword, server] = line.trim().split(/\s+/);
    if (keyword !== 'nameserver' || !server) continue;
    if (server.startsWith('127.') || server === '::1') continue;
    servers.add(server);
  }
  return limited([...servers]);
}

/** The resolver check: the nameservers seen count only when a route or an interface could reach them. */
export function resolverCheck(nameservers: readonly string[] | null, others: readonly AirGapCheck[]): AirGapCheck {
  if (nameservers === null) return { check: 'resolver', outside: null, seen: [] };
  return { check: 'resolver', outside: nameservers.length > 0 && looksOnline(others), seen: [...nameservers] };
}

/** What the checks saw, for the banner, the refusal and the audit: "default route: eth0 → 192.0.2.1; …". */
export function airGapSeen(checks: readonly AirGapCheck[]): Bilingual {
  const parts = checks
    .filter((check) => check.outside === true)
    .map((check) => message(`airGap.seen.${check.check}`, { seen: check.seen.join(', ') }));
  return { vi: parts.map((part) => part.vi).join('; '), en: parts.map((part) => part.en).join('; ') };
}
