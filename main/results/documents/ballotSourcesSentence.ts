import { surveyToolLabels } from '../../../shared/counting/surveyMapping';
import { type BallotSources, type ElectronicPart, hasElectronicBallots } from '../../../shared/results/ballotSources';
import { escapeHtml } from '../../print';

const counted = (counts: { valid: number; invalid: number }) =>
  `${counts.valid + counts.invalid} phiếu (${counts.valid} hợp lệ, ${counts.invalid} không hợp lệ)`;

/** Where one part of the electronic ballots came from, as the minutes write it. */
function partWords(part: ElectronicPart): string {
  const ballots = `${part.valid + part.invalid} phiếu`;
  if (part.kind === 'kiosk') return `${ballots} bỏ tại máy bỏ phiếu điện tử bằng mã dùng một lần`;
  if (part.kind === 'ballotLines') return `${ballots} nhập từ tệp dữ liệu phiếu (JSON lines)`;
  // "Công cụ khảo sát khác" is already a description; a named tool follows the words.
  const tool =
    part.tool === null || part.tool === 'other'
      ? 'công cụ khảo sát khác'
      : `công cụ khảo sát ${surveyToolLabels[part.tool].vi}`;
  return `${ballots} nhập từ ${tool}`;
}

/**
 * "Trong đó: phiếu giấy …; phiếu điện tử …" under the ballot counts of a report or the minutes —
 * only when some ballot was electronic: a contest counted all on paper prints exactly as before.
 */
export function ballotSourcesHtml(sources: BallotSources | null | undefined): string {
  if (!sources || !hasElectronicBallots(sources)) return '';
  const parts = sources.electronic.parts.map(partWords);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}` : (parts[0] ?? '');
  const through = listed ? `, gồm ${listed}` : '';
  return `<p class="ballot-sources">Trong đó: phiếu giấy ${counted(sources.paper)}; phiếu điện tử ${counted(
    sources.electronic,
  )}${escapeHtml(through)}.</p>`;
}
