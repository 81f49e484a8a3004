import { remediationStatusLabels, type RemediationStatus } from '../../shared/remediation/remediationSchemas';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * Where a person's plan stands, in words ("Quá hạn" marked, the colour only repeating it); before
 * the result is sealed there is no plan to speak of.
 */
export function RemediationStatusText({ status }: { status: RemediationStatus | null }) {
  const { t, pick } = useLanguage();
  if (status === null) return <span className="note">{t('remediation.unsealed')}</span>;
  const label = pick(remediationStatusLabels[status]);
  return (
    <span data-status={status}>
      {status === 'overdue' ? <strong className="badge overdue">{label}</strong> : label}
    </span>
  );
}
