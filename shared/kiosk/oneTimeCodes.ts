/**
 * The one-time codes of the voting kiosk (issue 19, point 1): printed on slips handed out like
 * paper ballots, so codes issued = ballots issued. Ten letters and digits from an alphabet
 * without the look-alikes (no I, L, O, 0, 1): short enough to type from a slip, about 49.5 bits —
 * 10,000 guesses against 1,000 live codes find one with a chance of about 1 in 80 million.
 */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const codeLength = 10;

/** A fresh code from a source of random bytes (crypto.getRandomValues or node:crypto), without modulo bias. */
export function newCode(randomBytes: (count: number) => Uint8Array): string {
  const limit = 256 - (256 % codeAlphabet.length);
  let code = '';
  while (code.length < codeLength) {
    for (const byte of randomBytes(codeLength * 2)) {
      if (byte >= limit) continue;
      code += codeAlphabet[byte % codeAlphabet.length];
      if (code.length === codeLength) break;
    }
  }
  return code;
}

/** "ABCDE-FGHJK", as printed on the slip. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as typed: case, spaces and dashes aside. Null when it cannot be a code at all (wrong
 * length, a letter outside the alphabet) — refused exactly like a wrong code.
 */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== codeLength) return null;
  return [...code].every((letter) => codeAlphabet.includes(letter)) ? code : null;
}
