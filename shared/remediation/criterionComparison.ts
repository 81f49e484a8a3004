import type { CriterionTally } from '../results/resultSchemas';
import { foldForSearch } from '../text/vietnamese';
import type { CriterionChange, CriterionComparison } from './remediationSchemas';

type Row = Pick<CriterionTally, 'number' | 'text' | 'lowShare' | 'flagged'>;

/**
 * Last year's form and this year's may differ (a new version, rows added): a criterion is the
 * same when its wording is, diacritics and spacing aside; failing that, the same row number.
 */
function lastYearRow(row: Row, last: readonly Row[]): Row | undefined {
  const wording = foldForSearch(row.text);
  return (
    last.find((candidate) => foldForSearch(candidate.text) === wording) ??
    last.find((candidate) => candidate.number === row.number)
  );
}

function changeOf(lastShare: number, thisShare: number): CriterionChange {
  if (thisShare < lastShare) return 'improved';
  return thisShare > lastShare ? 'worsened' : 'same';
}

/**
 * Per criterion of this year's result: last year's and this year's share of Trung bình + Yếu kém,
 * whether the criterion was in last year's remediation plan (by its row number there), and
 * whether it improved. Without last year's result, only this year's figures.
 */
export function compareCriteria(
  current: readonly Row[],
  last: readonly Row[] | null,
  plannedNumbers: ReadonlySet<number>,
): CriterionComparison[] {
  return current.map((row) => {
    const before = last ? lastYearRow(row, last) : undefined;
    return {
      number: row.number,
      text: row.text,
      lastShare: before?.lowShare ?? null,
      thisShare: row.lowShare,
      lastFlagged: before?.flagged ?? false,
      thisFlagged: row.flagged,
      inPlan: before !== undefined && plannedNumbers.has(before.number),
      change: before ? changeOf(before.lowShare, row.lowShare) : null,
    };
  });
}
