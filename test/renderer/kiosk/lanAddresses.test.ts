import { describe, expect, it } from 'vitest';
import { lanAddressChoices, typedPort } from '../../../renderer/kiosk/lanAddresses';

const address = (interfaceName: string, value: string, internal: boolean) =>
  ({ interfaceName, address: value, family: value.includes(':') ? 'IPv6' : 'IPv4', internal }) as const;

describe('the hall network’s choices at the desk', () => {
  it('offers the addresses the hall can reach first, this machine’s own (loopback) last, each in its order', () => {
    const loopback = address('lo', '127.0.0.1', true);
    const wifi = address('wlan0', '192.168.1.20', false);
    const wired = address('eth0', '10.0.0.5', false);
    const loopback6 = address('lo', '::1', true);
    expect(lanAddressChoices([loopback, wifi, loopback6, wired])).toEqual([wifi, wired, loopback, loopback6]);
    expect(lanAddressChoices([])).toEqual([]);
  });

  it('reads the port as a whole number, and anything else as no number (the core then names the field)', () => {
    expect(typedPort('8443')).toBe(8443);
    expect(typedPort(' 9443 ')).toBe(9443);
    expect(typedPort('0')).toBe(0);
    for (const text of ['', ' ', '84a3', '8443.5', '-1', '123456', '1e4']) expect(typedPort(text), text).toBeNaN();
  });
});
