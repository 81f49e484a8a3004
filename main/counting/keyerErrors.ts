import type { KeyerErrorSource } from '../../shared/counting/countingSchemas';
import type { StoredDifference } from './differenceStore';
import type { AnsweredReturnedField } from './keyerReturnStore';
import type { AuditJudgement } from './keyingAuditStore';

/**
 * Who keyed a field wrong (issue 21, point 4): CSPro's keyer-vs-verifier split, carried over to
 * fields sent back to a keyer and to the keying-quality audit. A place is a paper position and a
 * field as compareKeyings names it; a keying errs at most once per place, and the first of these
 * rules that blames it decides under which source it is counted:
 *
 * 1. Returns. A field sent back to a keyer and changed on reading the paper again was that
 *    keyer's error. Kept unchanged it blames no one yet. Answering gives the difference way to a
 *    fresh comparison (settleBatch.compareAgain deletes it), so the head never settles the one
 *    sent back; if the keyings still differ, the head settles the new difference — and a keyer
 *    who changed the field and is still found wrong there misread one field, counted once, here.
 * 2. Audit. A difference the head judged 'verifiedWrong' is a residual error: each keying that
 *    keyed the wrong verified value shares it (the keyings agreed on it, or the head kept it).
 *    Its keyings' values are read from the correction the audit records as the place's last
 *    settled difference (keyingAuditFlow.correctVerifiedBallot). Where the head had re-keyed a
 *    value no keying held, no keyer typed the wrong value: the residual error is the head's
 *    reading, not a keying's, and the audit blames no keyer for it. 'auditWrong' is the audit
 *    keyer's error, counted against the audit's sample keying.
 * 3. Resolutions. A difference the head settled counts against each keying whose value is not
 *    the paper's: the value settled — or, where the audit proved the settlement wrong, the value
 *    it corrected to, the place's last settlement. A keyer the head wrongly blamed is cleared;
 *    one whose value was neither the paper's nor the wrong one kept was still caught by the
 *    difference, and counts here. (The audit's correction alone, where the keyings agreed, finds
 *    only keyings rule 2 blamed already.)
 */
export type ErrorCounts = Record<KeyerErrorSource, number>;

export interface BatchKeyings {
  readonly batchId: string;
  readonly keyings: ReadonlyArray<{ readonly keyingId: string; readonly pass: number }>;
  /** Every difference of the batch (differenceStore.differencesOf), in the order recorded per position. */
  readonly differences: readonly StoredDifference[];
}

const placeOf = (found: { position: number; field: string }) => `${found.position} ${found.field}`;
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
export const noErrors = (): ErrorCounts => ({ resolutions: 0, returns: 0, audit: 0 });

export function groupedByBatch<Item extends { batchId: string }>(items: readonly Item[]): Map<string, Item[]> {
  const grouped = new Map<string, Item[]>();
  for (const item of items) {
    const list = grouped.get(item.batchId);
    if (list) list.push(item);
    else grouped.set(item.batchId, [item]);
  }
  return grouped;
}

export function blameKeyings(
  batches: readonly BatchKeyings[],
  returned: readonly AnsweredReturnedField[],
  judgements: readonly AuditJudgement[],
): { byKeying: Map<string, ErrorCounts>; byAudit: Map<string, ErrorCounts> } {
  const byKeying = new Map<string, ErrorCounts>();
  const byAudit = new Map<string, ErrorCounts>();
  const returnedIn = groupedByBatch(returned);
  const judgedIn = groupedByBatch(judgements);
  for (const batch of batches) {
    const blamed = new Map<string, Map<string, KeyerErrorSource>>();
    const blame = (keyingId: string, place: string, source: KeyerErrorSource) => {
      const places = blamed.get(keyingId) ?? new Map<string, KeyerErrorSource>();
      if (!places.has(place)) places.set(place, source);
      blamed.set(keyingId, places);
    };
    const keyingOfPass = (pass: number) => batch.keyings.find((keying) => keying.pass === pass);

    for (const field of returnedIn.get(batch.batchId) ?? [])
      if (field.changed) {
        const keying = keyingOfPass(field.pass);
        if (keying) blame(keying.keyingId, placeOf(field), 'returns');
      }

    // The last settlement of each place stands: the audit's correction, where it proved the head's wrong.
    const lastSettled = new Map<string, StoredDifference>();
    for (const difference of batch.differences)
      if (difference.resolution !== null) lastSettled.set(placeOf(difference), difference);

    for (const judgement of judgedIn.get(batch.batchId) ?? []) {
      if (judgement.verdict === 'auditWrong') {
        const counts = byAudit.get(batch.batchId) ?? noErrors();
        counts.audit += 1;
        byAudit.set(batch.batchId, counts);
        continue;
      }
      const place = placeOf(judgement);
      const correction = lastSettled.get(place);
      if (!correction) continue;
      for (const keying of batch.keyings)
        if (sameValue(correction.keyed[keying.pass - 1], judgement.verifiedValue))
          blame(keying.keyingId, place, 'audit');
    }

    for (const [place, settled] of lastSettled)
      for (const keying of batch.keyings)
        if (!sameValue(settled.keyed[keying.pass - 1], settled.value)) blame(keying.keyingId, place, 'resolutions');

    for (const [keyingId, places] of blamed) {
      const counts = noErrors();
      for (const source of places.values()) counts[source] += 1;
      byKeying.set(keyingId, counts);
    }
  }
  return { byKeying, byAudit };
}
