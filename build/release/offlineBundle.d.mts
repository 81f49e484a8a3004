// Types for the tests of build/release/offlineBundle.mjs (the script itself is plain JavaScript).
import { type KeyObject } from 'node:crypto';

export declare const defaultPublicKeyPath: string;
export declare const platforms: readonly ['win', 'linux', 'mac'];
export declare const names: {
  sums: 'SHA256SUMS';
  signature: 'SHA256SUMS.sig';
  publicKey: 'release-public-key.pem';
  instructions: 'CAI-DAT.txt';
};
export declare function fingerprintOf(publicKey: string | KeyObject): string;
export declare function instructionsText(options: {
  version: string;
  platform: string;
  installers: readonly string[];
  publicKeyPem: string | null;
  /** The portable archive's file name, or null. */
  portable?: string | null;
}): string;
export declare function makeBundle(options: {
  platform: string;
  out: string;
  installers: readonly string[];
  /** The portable browser shell's archive (portableBrowserShell.mjs --archive), or null. */
  portable?: string | null;
  privateKeyPem?: string | null;
  publicKeyPem?: string;
  version?: string;
}): Promise<string>;
export declare function verifyBundle(folder: string, publicKeyPem?: string): Promise<string[]>;
