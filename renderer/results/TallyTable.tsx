import type { ContestTally, MarkTally } from '../../shared/results/resultSchemas';
import { shareText } from '../../shared/results/shareText';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/** The cells of one row: each level, blank and several marks, as "count (share %)". */
function MarkCells({ row, withInvalid }: { row: MarkTally; withInvalid: boolean }) {
  const { language } = useLanguage();
  const cell = (count: number, share: number) => `${count} (${shareText(share, language)} %)`;
  return (
    <>
      {row.levels.map((count, level) => (
        <td key={level}>{cell(count, row.shares.levels[level] ?? 0)}</td>
      ))}
      <td>{cell(row.blank, row.shares.blank)}</td>
      <td>{cell(row.multi, row.shares.multi)}</td>
      {withInvalid ? <td>{shareText(row.shares.invalid, language)} %</td> : null}
    </>
  );
}

/** Per criterion and for prestige: counts and shares of every mark, the good-or-better share and the flag. */
export function TallyTable({ tally }: { tally: ContestTally }) {
  const { t, language } = useLanguage();
  const withInvalid = tally.base === 'returned';
  const markLabels = (names: readonly string[]) => [
    ...names,
    t('results.blank'),
    t('results.multi'),
    ...(withInvalid ? [t('results.invalidShare')] : []),
  ];
  return (
    <>
      <DataTable
        className="tally-table"
        caption={
          <>
            {tally.base === 'returned' ? t('results.baseReturned') : t('results.baseValid')} ({tally.baseCount})
          </>
        }
        labels={[
          t('results.criterion'),
          ...markLabels(tally.levelNames),
          t('results.goodOrBetter'),
          t('results.lowShare'),
          t('results.flag'),
        ]}
      >
        {tally.criteria.map((criterion) => (
          <tr key={criterion.number} data-flagged={criterion.flagged}>
            <th scope="row">
              {criterion.number}. {criterion.text}
            </th>
            <MarkCells row={criterion} withInvalid={withInvalid} />
            <td>{shareText(criterion.goodOrBetter, language)} %</td>
            <td>{shareText(criterion.lowShare, language)} %</td>
            <td>{criterion.flagged ? t('results.flagged') : ''}</td>
          </tr>
        ))}
      </DataTable>
      {tally.prestige ? (
        <DataTable
          className="tally-table"
          caption={t('results.prestige')}
          labels={markLabels(tally.prestigeLevelNames)}
        >
          <tr>
            <MarkCells row={tally.prestige} withInvalid={withInvalid} />
          </tr>
        </DataTable>
      ) : null}
      {tally.prestige?.lowOverHalf ? (
        <p className="notice" role="note">
          {tally.prestige.lowTwoThirds ? t('results.lowTwoThirds') : t('results.lowOverHalf')}
        </p>
      ) : null}
    </>
  );
}
