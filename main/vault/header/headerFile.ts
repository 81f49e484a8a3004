import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { canonicalJson } from '../../../shared/canonicalJson';
import { AppError } from '../../../shared/errors';
import { writeFileAtomically } from '../../base/privateFiles';
import { deriveSubkey } from '../crypto/keyDerivation';
import { headerSchema, type UnsignedHeader, type VaultHeader } from './headerFormat';

function macOf(header: UnsignedHeader, vaultKey: Buffer): string {
  return createHmac('sha256', deriveSubkey(vaultKey, 'header-mac')).update(canonicalJson(header)).digest('hex');
}

export function signHeader(header: UnsignedHeader, vaultKey: Buffer): VaultHeader {
  return { ...header, mac: macOf(header, vaultKey) };
}

/** True when the header was written by someone holding this vault key and not changed since. */
export function headerIsAuthentic(header: VaultHeader, vaultKey: Buffer): boolean {
  const { mac, ...unsigned } = header;
  return timingSafeEqual(Buffer.from(macOf(unsigned, vaultKey), 'hex'), Buffer.from(mac, 'hex'));
}

/** Reads and checks the shape of the header; any problem is HEADER_DAMAGED (never "absent"). */
export function readHeader(path: string): VaultHeader {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError('HEADER_DAMAGED', { path });
  }
  try {
    const parsed = headerSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: damaged
  }
  throw new AppError('HEADER_DAMAGED', { path });
}

export function writeHeader(path: string, header: VaultHeader): void {
  writeFileAtomically(path, `${JSON.stringify(header, null, 2)}\n`);
}
