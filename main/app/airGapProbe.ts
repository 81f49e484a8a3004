import { readFileSync } from 'node:fs';
import { endianness, networkInterfaces } from 'node:os';
import {
  type AirGapCheck,
  type AirGapReading,
  ipv4DefaultRoutes,
  ipv6DefaultRoutes,
  outsideAddresses,
  outsideNameservers,
  resolverCheck,
} from '../../shared/app/airGap';

/** One run of the air-gap check; synchronous (it only reads), so the core has an answer at once. */
export type AirGapProbe = () => AirGapReading;

/** A file's text, or null when this system has no such file (or it cannot be read). */
function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Whether Linux says the interface is up; null (counted as up) when it cannot tell, e.g. `unknown` for tun devices. */
function linuxOperstate(name: string): boolean | null {
  const state = readText(`/sys/class/net/${name}/operstate`)?.trim();
  if (state === 'up') return true;
  if (state === 'down' || state === 'lowerlayerdown' || state === 'notpresent' || state === 'dormant') return false;
  return null;
}

function defaultRouteCheck(linux: boolean): AirGapCheck {
  // Elsewhere reading the routing table needs a program (route, netstat) or a native call: not checked.
  if (!linux) return { check: 'defaultRoute', outside: null, seen: [] };
  const ipv4 = readText('/proc/net/route');
  const ipv6 = readText('/proc/net/ipv6_route');
  if (ipv4 === null && ipv6 === null) return { check: 'defaultRoute', outside: null, seen: [] };
  const seen = [
    ...(ipv4 === null ? [] : ipv4DefaultRoutes(ipv4, endianness() === 'LE')),
    ...(ipv6 === null ? [] : ipv6DefaultRoutes(ipv6)),
  ];
  return { check: 'defaultRoute', outside: seen.length > 0, seen };
}

function interfaceCheck(linux: boolean): AirGapCheck {
  // Outside Linux os.networkInterfaces() does not say whether an interface is up: any address counts.
  const seen = outsideAddresses(networkInterfaces(), linux ? linuxOperstate : () => null);
  return { check: 'interface', outside: seen.length > 0, seen };
}

/**
 * The nameservers the system resolver would ask: /etc/resolv.conf, and with systemd-resolved
 * (whose stub 127.0.0.53 is all resolv.conf then names) the upstream servers it forwards to.
 * Windows keeps them elsewhere: not checked there.
 */
function nameservers(): string[] | null {
  if (process.platform === 'win32') return null;
  const files = ['/etc/resolv.conf', '/run/systemd/resolve/resolv.conf'].map(readText);
  if (files.every((text) => text === null)) return null;
  return [...new Set(files.flatMap((text) => (text === null ? [] : outsideNameservers(text))))];
}

/** The check as this machine answers it, reading the system's files only (see shared/app/airGap.ts). */
export const machineAirGapProbe: AirGapProbe = () => {
  const linux = process.platform === 'linux';
  const checks = [defaultRouteCheck(linux), interfaceCheck(linux)];
  return { checks: [...checks, resolverCheck(nameservers(), checks)], simulated: false };
};

/** A fixed reading: online with what a test says was seen, or offline. */
export function simulatedAirGapProbe(online: boolean, seen: readonly string[] = ['eth9 203.0.113.9/24']): AirGapProbe {
  return () => ({
    checks: [
      { check: 'defaultRoute', outside: false, seen: [] },
      { check: 'interface', outside: online, seen: online ? [...seen] : [] },
      { check: 'resolver', outside: false, seen: [] },
    ],
    simulated: true,
  });
}

/**
 * The probe the app runs: this machine's, unless KIEM_PHIEU_AIR_GAP=online or =offline asks
 * for a simulated one (the end-to-end tests run on CI machines that are online, and one of
 * them shows the banner). Whoever sets the app's environment could as well start it in a
 * network namespace of its own or change its code: the check guards against a cable left
 * plugged in, not against the person at the machine. A simulated reading says so (`simulated`)
 * in app.airGap, on the banner and in the audit.
 */
export function airGapProbeFor(environment: Readonly<Record<string, string | undefined>>): AirGapProbe {
  const asked = environment.KIEM_PHIEU_AIR_GAP;
  if (asked === 'online' || asked === 'offline') return simulatedAirGapProbe(asked === 'online');
  return machineAirGapProbe;
}
