import { useLanguage } from '../i18n/LanguageContext';
import type { DraftProblemCode } from './targetsDraft';

/** What a field of the target sets editor says when it does not read as what it must be. */
export function useTargetsProblemText(): (code: DraftProblemCode) => string {
  const { t } = useLanguage();
  return (code) => {
    switch (code) {
      case 'required':
        return t('form.required');
      case 'yearInvalid':
        return t('targets.yearInvalid');
      case 'yearsReversed':
        return t('targets.yearsReversed');
      case 'shareInvalid':
        return t('targets.shareInvalid');
    }
  };
}
