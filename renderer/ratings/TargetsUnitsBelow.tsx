import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsShare } from './TargetsShare';

type TargetResult = RatingTargetsDashboard['results'][number];

/**
 * Per target, the units whose own share is below it, farthest below first as the core orders
 * them: a table, so forty and more units stay one list to read down.
 */
export function TargetsUnitsBelow({ year, results }: { year: number; results: readonly TargetResult[] }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="targets-units-heading">
      <h3 id="targets-units-heading">{t('targets.unitsHeading')}</h3>
      {results.every((result) => result.counted === 0) ? (
        <p>{t('targets.unitsNothingCounted')}</p>
      ) : (
        results.map((result) => <UnitsBelowTarget key={result.targetId} year={year} result={result} />)
      )}
    </section>
  );
}

function UnitsBelowTarget({ year, result }: { year: number; result: TargetResult }) {
  const { t, pick } = useLanguage();
  const title = pick(result.title);
  const headingId = `targets-units-${result.targetId}`;
  return (
    <section aria-labelledby={headingId} data-target={result.targetId}>
      <h4 id={headingId}>{title}</h4>
      {result.counted === 0 ? (
        <p>{t('targets.unitsNothingCounted')}</p>
      ) : result.unitsBelow.length === 0 ? (
        <p>{t('targets.unitsNone')}</p>
      ) : (
        <>
          <p className="table-count">{t('targets.unitsCount', { count: result.unitsBelow.length })}</p>
          <DataTable
            className="targets-table"
            caption={t('targets.unitsCaption', { target: title, year })}
            labels={[
              t('targets.rank'),
              t('targets.unit'),
              t('targets.meetingOfCounted'),
              t('targets.actualShare'),
              t('targets.shortfall'),
              t('targets.pending'),
            ]}
          >
            {result.unitsBelow.map((unit, index) => (
              <tr key={unit.unitId}>
                <td className="figure">{index + 1}</td>
                <th scope="row">{unit.unitName}</th>
                <td className="figure">{t('targets.countOf', { meeting: unit.meeting, counted: unit.counted })}</td>
                <td className="figure">
                  <TargetsShare share={unit.actualShare} />
                </td>
                <td>{t('targets.needMore', { count: unit.shortfall })}</td>
                <td className="figure">{unit.pending}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
