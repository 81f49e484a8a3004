import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import { verifyDetached } from '../signing';
import type { ExternalAnchor, ReadableDB } from '../vault';
import { resultDigest } from './resultDigest';

interface SealedRow {
  canonical_json: string;
  digest: string;
  sequence: number;
  signature: Buffer | null;
  certificate_pem: string | null;
}

/** Whether a seal is still what was sealed and signed: its digest, and its signature when signed. */
function sealIntact(row: SealedRow): boolean {
  if (resultDigest(row.canonical_json) !== row.digest) return false;
  if (!row.signature || !row.certificate_pem) return true;
  return verifyDetached(Buffer.from(row.canonical_json, 'utf8'), row.signature, row.certificate_pem).valid;
}

/**
 * The audit anchor of every seal record that carries one. A seal rewritten to carry a new
 * anchor no longer matches its digest, or its signature (the head's key is sealed under the
 * head's own passphrase): such an anchor is given with an empty hash, which holds for no chain.
 */
export function sealAuditAnchors(db: ReadableDB): ExternalAnchor[] {
  const rows = db
    .prepare(
      'SELECT canonical_json, digest, sequence, signature, certificate_pem FROM result_seals ORDER BY sealed_at, sequence',
    )
    .all() as SealedRow[];
  return rows.flatMap((row) => {
    const parsed = canonicalResultSchema.safeParse(JSON.parse(row.canonical_json));
    if (!parsed.success || !parsed.data.auditAnchor) return [];
    const { tally, auditAnchor } = parsed.data;
    const intact = sealIntact(row);
    return [
      {
        source: 'seal' as const,
        label: `${tally.subjectName} — ${tally.unitName} #${row.sequence}`,
        sequence: auditAnchor.sequence,
        hash: intact ? auditAnchor.hash : '',
      },
    ];
  });
}
