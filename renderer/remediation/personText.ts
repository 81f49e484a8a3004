import type { MatchCandidate } from '../../shared/remediation/remediationSchemas';

/** A person as the matches name them: "Dương Văn Khải — THCS Ngọc Lâm (Hiệu trưởng)". */
export function personText(person: Pick<MatchCandidate, 'subjectName' | 'unitName' | 'positions'>): string {
  const positions = person.positions.length > 0 ? ` (${person.positions.join('; ')})` : '';
  return `${person.subjectName} — ${person.unitName}${positions}`;
}
