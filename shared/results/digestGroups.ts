/**
 * A SHA-256 digest as people read it from paper: sixteen groups of four hex digits. The
 * district types two groups the screen hides, so the groups must be easy to say aloud.
 */
export function digestGroups(digestHex: string): string[] {
  if (!/^[0-9a-f]{64}$/.test(digestHex)) throw new TypeError('a SHA-256 digest is 64 lower-case hex digits');
  return digestHex.match(/.{4}/g) ?? [];
}

export function formatDigest(digestHex: string): string {
  return digestGroups(digestHex).join(' ');
}

/** What an operator typed for a group: spaces dropped, case ignored. */
export function sameGroup(typed: string, group: string): boolean {
  return typed.replace(/\s+/g, '').toLowerCase() === group;
}
