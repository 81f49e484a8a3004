import type { Measure } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import { MeasureDoneCell } from './MeasureDoneCell';

/**
 * The plan's measures in the order entered: what each remedies, the measures, the deadline ("Quá
 * hạn" written out beside a deadline passed without the measure done), who checks, and the day it
 * was done with the way to record or take it back.
 */
export function MeasuresTable({
  contestId,
  measures,
  mayRecord,
}: {
  contestId: string;
  measures: readonly Measure[];
  mayRecord: boolean;
}) {
  const { t } = useLanguage();
  return (
    <DataTable
      className="remediation-measures"
      caption={t('remediationMeasures.caption')}
      labels={[
        t('remediationMeasures.number'),
        t('remediationMeasures.criterion'),
        t('remediationMeasures.measures'),
        t('remediationMeasures.deadline'),
        t('remediationMeasures.checker'),
        t('remediationMeasures.doneOn'),
        ...(mayRecord ? [t('remediationMeasures.action')] : []),
      ]}
    >
      {measures.map((measure, index) => (
        <tr key={measure.id} data-measure={index + 1} data-overdue={measure.overdue || undefined}>
          <td className="figure">{index + 1}</td>
          <th scope="row">
            {measure.criterionNumber === null
              ? t('remediationMeasures.other', { text: measure.criterionText })
              : t('remediationMeasures.numbered', { number: measure.criterionNumber, text: measure.criterionText })}
          </th>
          <td className="measure-text">{measure.measures}</td>
          <td className="nowrap">
            {dateText(measure.deadline)}
            {measure.overdue ? (
              <>
                {' · '}
                <strong className="badge overdue">{t('remediationMeasures.overdue')}</strong>
              </>
            ) : null}
          </td>
          <td>{measure.checker}</td>
          <td className="nowrap">{dateText(measure.doneOn)}</td>
          {mayRecord ? (
            // Recorded or taken back, the focus stays in the cell that now offers the other way.
            <td data-focus-home tabIndex={-1}>
              <MeasureDoneCell contestId={contestId} measure={measure} number={index + 1} />
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
