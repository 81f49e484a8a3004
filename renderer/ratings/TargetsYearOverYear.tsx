import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { shareInWords } from '../../shared/ratings/ratingTargets';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsMet } from './TargetsMet';
import { TargetsShare } from './TargetsShare';
import { keepPercentSign } from './targetsText';
import { yearOverYearGrid } from './targetsYearOverYear';

/**
 * Year over year: one row per target, one column per year with a round — the share reached with
 * its exact counts and whether it met the target, and the target itself where a plan changed it.
 */
export function TargetsYearOverYear({ series }: { series: RatingTargetsDashboard['series'] }) {
  const { t, pick, language } = useLanguage();
  const grid = yearOverYearGrid(series);
  return (
    <section aria-labelledby="targets-years-heading">
      <h3 id="targets-years-heading">{t('targets.yearOverYear')}</h3>
      {grid.years.length === 0 ? (
        <p>{t('targets.noSeries')}</p>
      ) : (
        <DataTable
          className="targets-table"
          caption={t('targets.yearOverYearCaption')}
          labels={[t('targets.target'), t('targets.firstShare'), ...grid.years.map(String)]}
        >
          {grid.rows.map((row) => (
            <tr key={row.targetId} data-target={row.targetId}>
              <th scope="row">{pick(row.title)}</th>
              <td className="figure">
                <TargetsShare share={row.firstShare} />
              </td>
              {row.cells.map((cell, index) =>
                cell ? (
                  <td key={grid.years[index]}>
                    {cell.point.actualShare === null ? null : (
                      <>
                        <span className="figure">
                          <TargetsShare share={cell.point.actualShare} />
                        </span>{' '}
                        <span className="note">
                          ({t('targets.countOf', { meeting: cell.point.meeting, counted: cell.point.counted })})
                        </span>
                        <br />
                      </>
                    )}
                    <TargetsMet met={cell.point.met} />
                    {cell.shareChanged ? (
                      <>
                        <br />
                        <span className="note">
                          {t('targets.shareChanged', {
                            share: keepPercentSign(shareInWords(cell.point.share)[language]),
                          })}
                        </span>
                      </>
                    ) : null}
                  </td>
                ) : (
                  <td key={grid.years[index]}>—</td>
                ),
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
