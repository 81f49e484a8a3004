import { shareInWords } from '../../shared/ratings/ratingTargets';
import { useLanguage } from '../i18n/LanguageContext';
import { keepPercentSign } from './targetsText';

/** A share in hundredths of a percent as the app writes it ("97,00 %"); a dash while nothing is counted. */
export function TargetsShare({ share }: { share: number | null }) {
  const { language } = useLanguage();
  return <>{share === null ? '—' : keepPercentSign(shareInWords(share)[language])}</>;
}
