import type { AuditAnchor } from '../../shared/audit/auditAnchor';
import type { Printable } from '../../shared/print/printables';
import { formatDigest } from '../../shared/results/digestGroups';

/**
 * Every record printed from the vault carries the audit chain's head at the moment of printing:
 * filed with the paper, it is an anchor `audit verify --anchor N:HASH` checks the vault against
 * years later. A blank ballot carries none: ballots printed at different moments must not differ.
 */
export function carriesAuditAnchor(document: Printable): boolean {
  return document.kind !== 'blankBallot';
}

const pageEnd = '\n</div></body></html>';

/** The page with the anchor line added at its end (pages end as htmlPage ends them). */
export function withAuditAnchor(html: string, anchor: AuditAnchor): string {
  if (!html.endsWith(pageEnd)) throw new Error('a printed page ends as htmlPage ends it');
  const line = `<p class="audit-anchor">Mốc nhật ký kiểm toán khi in: mục số ${anchor.sequence}, mã ${formatDigest(anchor.hash)}</p>`;
  return `${html.slice(0, -pageEnd.length)}\n${line}${pageEnd}`;
}
