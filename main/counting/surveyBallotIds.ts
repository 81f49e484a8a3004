import { createHash } from 'node:crypto';

/**
 * A survey response's ballot id, the same every time the same response is read: a digest of the
 * contest and the response's identity (its id in the tool, or its whole row), shaped as a UUID
 * (version 8, RFC 9562's own-format version). Importing the file again, or another file that
 * repeats a response, meets ids already stored and is refused whole, as JSON lines are. The
 * contest is part of it: "1" in one survey is not "1" in another's.
 */
export function surveyBallotId(contestId: string, identity: string): string {
  const digest = createHash('sha256').update(`kiem-phieu survey response\0${contestId}\0${identity}`).digest();
  digest[6] = (digest[6]! & 0x0f) | 0x80;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
