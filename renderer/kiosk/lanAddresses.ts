import type { LanAddresses } from '../../shared/kiosk/kioskSchemas';

export type LanAddress = LanAddresses['addresses'][number];

/** The hall's candidates first: addresses other machines can reach, then this machine's own (loopback). */
export function lanAddressChoices(addresses: readonly LanAddress[]): LanAddress[] {
  return [...addresses.filter((entry) => !entry.internal), ...addresses.filter((entry) => entry.internal)];
}

/** The port as typed: a whole number, or NaN for anything else (the core then names the field). */
export function typedPort(text: string): number {
  return /^\s*\d{1,5}\s*$/.test(text) ? Number(text) : Number.NaN;
}
