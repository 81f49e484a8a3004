import { ratingLevels, type RatingLevelId } from '../../shared/ratings/ratingLevels';
import { useLanguage } from '../i18n/LanguageContext';

/** A level by its full name in the current language ("Hoàn thành tốt nhiệm vụ"); a dash for none. */
export function LevelText({ level }: { level: RatingLevelId | null }) {
  const { pick } = useLanguage();
  return <>{level ? pick(ratingLevels[level].label) : '—'}</>;
}
