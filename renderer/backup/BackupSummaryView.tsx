import type { BackupSummary } from '../../shared/backup/backupSchemas';
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
        <div className="info-row">
          <dt>{t('archive.vault')}</dt>
          <dd>{summary.vaultName}</dd>
        </div>
        <div className="info-row">
          <dt>{t('archive.campaigns')}</dt>
          <dd>{summary.campaigns.join('; ') || '—'}</dd>
        </div>
        <div className="info-row">
          <dt>{t('archive.counts')}</dt>
          <dd>
            {t('archive.countsText', {
              contests: summary.counts.contests,
              ballots: summary.counts.ballots,
              seals: summary.counts.seals,
              audit: summary.counts.auditEntries,
            })}
          </dd>
        </div>
        <div className="info-row">
          <dt>{t('archive.checked')}</dt>
          <dd>{t('archive.checkedText', { members: summary.members, signatures: summary.signaturesVerified })}</dd>
        </div>
        <div className="info-row">
          <dt>{t('archive.madeAt')}</dt>
          <dd>
            {summary.createdAt.slice(0, 19).replace('T', ' ')} — {summary.bytes.toLocaleString()} B
          </dd>
        </div>
      </dl>
    </div>
  );
}
