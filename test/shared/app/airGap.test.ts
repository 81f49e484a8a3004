import { describe, expect, it } from 'vitest';
import {
  airGapSeen,
  ipv4DefaultRoutes,
  ipv6DefaultRoutes,
  ipv6FromHex,
  looksOnline,
  outsideAddresses,
  outsideNameservers,
  resolverCheck,
  type InterfaceAddress,
} from '../../../shared/app/airGap';

// As a CI container shows them: a default route via 192.0.2.1 and fd00::1 on eth0, the kernel's reject route on lo.
const procNetRoute = [
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
  'eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0',
  'eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0',
].join('\n');
const zeros = '0'.repeat(32);
const procNetIpv6Route = [
  `fd000000000000000000000000000000 40 ${zeros} 00 ${zeros} 00000100 00000001 00000000 00000001     eth0`,
  `${zeros} 00 ${zeros} 00 fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0`,
  `00000000000000000000000000000001 80 ${zeros} 00 ${zeros} 00000000 00000004 00000000 80200001       lo`,
  `${zeros} 00 ${zeros} 00 ${zeros} ffffffff 00000001 00000000 00200200       lo`,
].join('\n');

const address = (value: string, cidr: string, internal = false): InterfaceAddress => ({
  address: value,
  family: value.includes(':') ? 'IPv6' : 'IPv4',
  internal,
  cidr,
});

describe('the air-gap check, from what the system says', () => {
  it('finds the default routes of /proc/net/route and /proc/net/ipv6_route, not the others nor the reject route on lo', () => {
    expect(ipv4DefaultRoutes(procNetRoute)).toEqual(['eth0 → 192.0.2.1']);
    expect(ipv4DefaultRoutes(procNetRoute, false)).toEqual(['eth0 → 1.2.0.192']);
    expect(ipv6DefaultRoutes(procNetIpv6Route)).toEqual(['eth0 → fd00::1']);
    // A route that is down does not count; a point-to-point default has no gateway.
    const down = procNetRoute.replace('\t0003\t', '\t0002\t');
    expect(ipv4DefaultRoutes(down)).toEqual([]);
    expect(ipv4DefaultRoutes(`header\nppp0\t00000000\t00000000\t0001\t0\t0\t0\t00000000\t0\t0\t0`)).toEqual(['ppp0']);
    expect(ipv4DefaultRoutes('Iface\tDestination\n')).toEqual([]);
    expect(ipv6DefaultRoutes('')).toEqual([]);
  });

  it('writes IPv6 addresses short (RFC 5952)', () => {
    expect(ipv6FromHex('fd000000000000000000000000000001')).toBe('fd00::1');
    expect(ipv6FromHex('20010db8000000010000000000000000')).toBe('2001:db8:0:1::');
    expect(ipv6FromHex('20010db8000100020003000400050006')).toBe('2001:db8:1:2:3:4:5:6');
    expect(ipv6FromHex(zeros)).toBe('::');
  });

  it('counts interfaces that are up with an address outside this machine and its link, whatever their name', () => {
    const interfaces = {
      lo: [address('127.0.0.1', '127.0.0.1/8', true), address('::1', '::1/128', true)],
      eth0: [address('192.0.2.2', '192.0.2.2/24'), address('fe80::fc:ff:fe00:1', 'fe80::fc:ff:fe00:1/64')],
      // Unplugged: only the link-local address every interface has.
      wlan0: [address('169.254.7.1', '169.254.7.1/16'), address('fe80::1', 'fe80::1/64')],
      // A container bridge with nothing on it is down; one that is up is counted like any other.
      docker0: [address('172.17.0.1', '172.17.0.1/16')],
      br0: [address('10.1.0.5', '10.1.0.5/24')],
    };
    const state: Record<string, boolean | null> = { eth0: true, wlan0: true, docker0: false, br0: null };
    expect(outsideAddresses(interfaces, (name) => state[name] ?? null)).toEqual([
      'eth0 192.0.2.2/24',
      'br0 10.1.0.5/24',
    ]);
    expect(outsideAddresses({ lo: interfaces.lo, wlan0: interfaces.wlan0 }, () => true)).toEqual([]);
  });

  it('reads the nameservers outside this machine; a local stub is not one', () => {
    const conf =
      '# generated\nsearch lan\nnameserver 127.0.0.53\nnameserver 10.255.255.53\n; old\nnameserver ::1\nnameserver 2001:db8::53\n';
    expect(outsideNameservers(conf)).toEqual(['10.255.255.53', '2001:db8::53']);
  });

  it('counts a nameserver only when a route or an interface could reach it (a stale resolv.conf on an unplugged machine is not online)', () => {
    const offline = [
      { check: 'defaultRoute' as const, outside: false, seen: [] },
      { check: 'interface' as const, outside: false, seen: [] },
    ];
    const stale = resolverCheck(['192.168.1.1'], offline);
    expect(stale).toEqual({ check: 'resolver', outside: false, seen: ['192.168.1.1'] });
    expect(looksOnline([...offline, stale])).toBe(false);
    const cable = [offline[0]!, { check: 'interface' as const, outside: true, seen: ['eth0 192.168.1.5/24'] }];
    expect(resolverCheck(['192.168.1.1'], cable).outside).toBe(true);
    expect(resolverCheck(null, cable)).toEqual({ check: 'resolver', outside: null, seen: [] });
    expect(looksOnline(cable)).toBe(true);
  });

  it('keeps at most twelve things seen per check, and says how many more', () => {
    const many = Object.fromEntries(
      Array.from({ length: 15 }, (_, index) => [`veth${index}`, [address(`10.0.${index}.1`, `10.0.${index}.1/24`)]]),
    );
    const seen = outsideAddresses(many, () => true);
    expect(seen).toHaveLength(13);
    expect(seen.at(-1)).toBe('+3');
  });

  it('says what was seen in both languages, the checks that saw nothing left out', () => {
    const seen = airGapSeen([
      { check: 'defaultRoute', outside: true, seen: ['eth0 → 192.0.2.1', 'eth0 → fd00::1'] },
      { check: 'interface', outside: true, seen: ['eth0 192.0.2.2/24'] },
      { check: 'resolver', outside: null, seen: [] },
    ]);
    expect(seen.vi).toBe('tuyến mặc định eth0 → 192.0.2.1, eth0 → fd00::1; giao diện mạng đang bật eth0 192.0.2.2/24');
    expect(seen.en).toBe('default route eth0 → 192.0.2.1, eth0 → fd00::1; network interface up eth0 192.0.2.2/24');
  });
});
