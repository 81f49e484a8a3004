import { surveyToolLabels } from '../../shared/counting/surveyMapping';
import type { BallotSources, ElectronicPart } from '../../shared/results/ballotSources';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

function CountCells({ counts }: { counts: { valid: number; invalid: number } }) {
  return (
    <>
      <td>{counts.valid}</td>
      <td>{counts.invalid}</td>
      <td>{counts.valid + counts.invalid}</td>
    </>
  );
}

/**
 * "Phiếu theo nguồn": paper, electronic (with each import it came through) and the total — the
 * ballots the tally counts, so the total row equals the tally's valid and invalid ballots.
 */
export function BallotSourcesTable({ sources }: { sources: BallotSources }) {
  const { t, pick } = useLanguage();
  const partLabel = (part: ElectronicPart) =>
    part.kind === 'survey'
      ? t('results.sourceSurvey', { tool: pick(surveyToolLabels[part.tool ?? 'other']) })
      : part.kind === 'kiosk'
        ? t('results.sourceKiosk')
        : t('results.sourceLines');
  return (
    <DataTable
      className="ballot-sources"
      caption={t('results.sources')}
      labels={[t('results.source'), t('results.sourceValid'), t('results.sourceInvalid'), t('results.sourceAll')]}
    >
      <tr>
        <th scope="row">{t('results.sourcePaper')}</th>
        <CountCells counts={sources.paper} />
      </tr>
      <tr>
        <th scope="row">{t('results.sourceElectronic')}</th>
        <CountCells counts={sources.electronic} />
      </tr>
      {sources.electronic.parts.map((part) => (
        <tr key={`${part.kind}:${part.tool ?? ''}`} className="source-part">
          <th scope="row">– {partLabel(part)}</th>
          <CountCells counts={part} />
        </tr>
      ))}
      <tr className="total">
        <th scope="row">{t('results.sourceTotal')}</th>
        <CountCells counts={sources.total} />
      </tr>
    </DataTable>
  );
}
