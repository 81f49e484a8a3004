import { ratingLevelIds, ratingLevels } from '../../shared/ratings/ratingLevels';
import { Field, SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import type { TargetDraft } from './targetsDraft';

/**
 * One target of a set in the editor, named by its title: the share that must meet it (a percent,
 * two decimals at most) and the level it counts from. Its code, title and kinds stay as they are.
 */
export function TargetsShareFields({
  entry,
  share,
  levelId,
  onChange,
}: {
  entry: TargetDraft;
  share: { id: string; error: { message: string } | undefined };
  levelId: string;
  onChange: (entry: TargetDraft) => void;
}) {
  const { t, pick } = useLanguage();
  return (
    <fieldset className="targets-target">
      <legend>{pick(entry.target.title)}</legend>
      <div className="filters">
        <Field
          {...share}
          label={t('targets.shareField')}
          hint={t('targets.shareHint')}
          inputMode="decimal"
          autoComplete="off"
          size={8}
          value={entry.share}
          onChange={(event) => onChange({ ...entry, share: event.target.value })}
        />
        <SelectField
          id={levelId}
          label={t('targets.atLeast')}
          value={entry.atLeast}
          onChange={(event) =>
            onChange({
              ...entry,
              atLeast: ratingLevelIds.find((level) => level === event.target.value) ?? entry.atLeast,
            })
          }
        >
          {ratingLevelIds.map((level) => (
            <option key={level} value={level}>
              {pick(ratingLevels[level].label)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
