import { ratingLevelIds, ratingLevels } from '../../shared/ratings/ratingLevels';
import { useLanguage } from '../i18n/LanguageContext';

/** The options of a level drop-down, best first, after one for "none chosen" (value ""). */
export function LevelOptions({ none }: { none: string }) {
  const { pick } = useLanguage();
  return (
    <>
      <option value="">{none}</option>
      {ratingLevelIds.map((id) => (
        <option key={id} value={id}>
          {pick(ratingLevels[id].label)}
        </option>
      ))}
    </>
  );
}
