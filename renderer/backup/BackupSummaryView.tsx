import type { BackupSummary } from '../../shared/backup/backupSchemas';
import { InfoRow } from '../forms/InfoRow';
import { useLanguage } from '../i18n/LanguageContext';

/** What a backup holds, from its checked manifest. */
export function BackupSummaryView({ summary, heading }: { summary: BackupSummary; heading: string }) {
  const { t } = useLanguage();
  return (
    <div className="notice" role="status" data-testid="backup-summary">
      <p>
        <strong>{heading}</strong> <code>{summary.fileName}</code>
      </p>
      <dl className="info-list">
        <InfoRow label={t('archive.vault')}>{summary.vaultName}</InfoRow>
        <InfoRow label={t('archive.campaigns')}>{summary.campaigns.join('; ') || '—'}</InfoRow>
        <InfoRow label={t('archive.counts')}>
          {t('archive.countsText', {
            contests: summary.counts.contests,
            ballots: summary.counts.ballots,
            seals: summary.counts.seals,
            audit: summary.counts.auditEntries,
          })}
        </InfoRow>
        <InfoRow label={t('archive.checked')}>
          {t('archive.checkedText', { members: summary.members, signatures: summary.signaturesVerified })}
        </InfoRow>
        <InfoRow label={t('archive.madeAt')}>
          {summary.createdAt.slice(0, 19).replace('T', ' ')} — {summary.bytes.toLocaleString()} B
        </InfoRow>
      </dl>
    </div>
  );
}
