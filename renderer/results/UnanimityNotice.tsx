import type { Privacy } from '../../shared/results/resultSchemas';
import { useLanguage } from '../i18n/LanguageContext';

/** Says which rows every valid ballot marked alike: there, each voter's choice is known (VotingWorks prints the same). */
export function UnanimityNotice({ privacy }: { privacy: Privacy }) {
  const { t } = useLanguage();
  const rows = [
    ...(privacy.unanimousCriteria.length > 0
      ? [t('results.unanimousCriteria', { numbers: privacy.unanimousCriteria.join(', ') })]
      : []),
    ...(privacy.unanimousPrestige ? [t('results.unanimousPrestige')] : []),
  ];
  if (rows.length === 0) return null;
  return (
    <p className="notice" role="note">
      {t('results.unanimous', { rows: rows.join(t('results.and')) })}
    </p>
  );
}
