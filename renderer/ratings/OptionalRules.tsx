import { configurableRatingRules, type RatingRuleSettings } from '../../shared/ratings/ratingRules';
import { useLanguage } from '../i18n/LanguageContext';

/** Which optional rules a round turned on ("XL05: tắt"); the error rules XL01–XL04 always hold. */
export function OptionalRules({ rules }: { rules: RatingRuleSettings }) {
  const { t } = useLanguage();
  return (
    <>
      {configurableRatingRules
        .map((code) => (rules[code] ? t('rounds.ruleOn', { code }) : t('rounds.ruleOff', { code })))
        .join('; ')}
    </>
  );
}
