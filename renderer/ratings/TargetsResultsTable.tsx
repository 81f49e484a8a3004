import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { ratingTargetInWords } from '../../shared/ratings/ratingTargets';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsMet } from './TargetsMet';
import { TargetsShare } from './TargetsShare';
import { keepPercentSign } from './targetsText';

type TargetResult = RatingTargetsDashboard['results'][number];

/**
 * The year's targets, one row each (named by its title): what it asks, the exact counts, the share
 * rounded once, met or not, how many more it needs and how many are not decided yet.
 */
export function TargetsResultsTable({ year, results }: { year: number; results: readonly TargetResult[] }) {
  const { t, pick } = useLanguage();
  return (
    <>
      <DataTable
        className="targets-table"
        caption={t('targets.resultsCaption', { year })}
        labels={[
          t('targets.target'),
          t('targets.required'),
          t('targets.meetingOfCounted'),
          t('targets.actualShare'),
          t('targets.outcome'),
          t('targets.shortfall'),
          t('targets.pending'),
        ]}
      >
        {results.map((result) => (
          <tr key={result.targetId} data-target={result.targetId}>
            <th scope="row">{pick(result.title)}</th>
            <td>{keepPercentSign(pick(ratingTargetInWords(result)))}</td>
            <td className="figure">{t('targets.countOf', { meeting: result.meeting, counted: result.counted })}</td>
            <td className="figure">
              <TargetsShare share={result.actualShare} />
            </td>
            <td>
              <TargetsMet met={result.met} />
            </td>
            <td>
              {result.met === null
                ? '—'
                : result.shortfall > 0
                  ? t('targets.needMore', { count: result.shortfall })
                  : t('targets.noShortfall')}
            </td>
            <td className="figure">{result.pending}</td>
          </tr>
        ))}
      </DataTable>
      <p className="note">{t('targets.shareNote')}</p>
    </>
  );
}
