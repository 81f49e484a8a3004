import { ratingTargetInWords, type RatingTargetSet } from '../../shared/ratings/ratingTargets';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsSetYears } from './TargetsSetYears';
import { keepPercentSign } from './targetsText';

/** The target sets as they are saved, one table each, named by its plan and years (read only). */
export function TargetsSetsList({ sets }: { sets: readonly RatingTargetSet[] }) {
  const { t, pick } = useLanguage();
  return (
    <>
      {sets.map((set, index) => (
        <DataTable
          key={index}
          className="targets-table"
          caption={
            <>
              {pick(set.plan)} (<TargetsSetYears fromYear={set.fromYear} toYear={set.toYear} />)
            </>
          }
          labels={[t('targets.target'), t('targets.required')]}
        >
          {set.targets.map((target) => (
            <tr key={target.id}>
              <th scope="row">{pick(target.title)}</th>
              <td>{keepPercentSign(pick(ratingTargetInWords(target)))}</td>
            </tr>
          ))}
        </DataTable>
      ))}
    </>
  );
}
