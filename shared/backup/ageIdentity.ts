/**
 * The secret key in an age identity file as age-keygen and the app write it: comment lines
 * ("# created: …", "# public key: …") around one AGE-SECRET-KEY-1… line. Pasted text without
 * comments comes back trimmed.
 */
export function identityFromText(text: string): string {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim().startsWith('AGE-SECRET-KEY-1'));
  return (line ?? text).trim();
}
