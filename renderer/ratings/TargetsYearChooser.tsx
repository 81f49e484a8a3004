import type { RatingTargetSet } from '../../shared/ratings/ratingTargets';
import { SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { targetYearChoices } from './targetsYears';

/**
 * The year shown: a drop-down of the years with a round, the current year and those the target
 * sets cover, each saying whether it has a round. Arrow keys move through the years and the
 * dashboard follows; the focus stays on the drop-down.
 */
export function TargetsYearChooser({
  year,
  roundYears,
  sets,
  currentYear,
  onChoose,
}: {
  year: number;
  roundYears: readonly number[];
  sets: readonly RatingTargetSet[];
  currentYear: number;
  onChoose: (year: number) => void;
}) {
  const { t } = useLanguage();
  const choices = targetYearChoices({ roundYears, sets, currentYear, shown: year });
  return (
    <SelectField
      id="targets-year"
      label={t('targets.year')}
      narrow
      value={String(year)}
      onChange={(event) => onChoose(Number(event.target.value))}
    >
      {choices.map((choice) => (
        <option key={choice.year} value={choice.year}>
          {t(choice.hasRound ? 'targets.yearWithRound' : 'targets.yearWithoutRound', { year: choice.year })}
        </option>
      ))}
    </SelectField>
  );
}
