import { useState } from 'react';
import type { BackupSummary } from '../../shared/backup/backupSchemas';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { BackupSettings } from './ArchiveArea';
import { BackupProgress } from './BackupProgress';
import { BackupSummaryView } from './BackupSummaryView';

/**
 * A backup now, into the folder: to the archive keys, or to a passphrase typed twice (the age
 * format allows a passphrase only on its own).
 */
export function BackupNow({ settings, onDone }: { settings: BackupSettings; onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const running = useSubmission();
  const [to, setTo] = useState<'recipients' | 'passphrase'>(
    settings.recipients.length > 0 ? 'recipients' : 'passphrase',
  );
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [made, setMade] = useState<BackupSummary | null>(null);
  const mismatch = to === 'passphrase' && passphrase !== again;
  const submit = async () => {
    if (mismatch) return;
    setMade(null);
    const result = await running.submit(() =>
      session.call('backup.export', to === 'passphrase' ? { to, passphrase } : { to }),
    );
    if (!result.ok) return;
    setMade(result.value);
    setPassphrase('');
    setAgain('');
    onDone();
  };
  return (
    <TitledForm id="archive-now" heading={t('archive.nowHeading')} level={2} onSubmit={submit}>
      <fieldset>
        <legend>{t('archive.encryptTo')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="backup-to"
            checked={to === 'recipients'}
            disabled={settings.recipients.length === 0}
            onChange={() => setTo('recipients')}
          />
          {t('archive.toKeys', { count: settings.recipients.length })}
        </label>
        <label className="checkbox">
          <input type="radio" name="backup-to" checked={to === 'passphrase'} onChange={() => setTo('passphrase')} />
          {t('archive.toPassphrase')}
        </label>
      </fieldset>
      {to === 'passphrase' ? (
        <>
          <Field
            id="backup-passphrase"
            label={t('archive.passphrase')}
            hint={t('archive.passphraseHint')}
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <Field
            id="backup-passphrase-again"
            label={t('archive.passphraseAgain')}
            // Marked invalid as soon as it differs, but said only once something is typed here.
            aria-invalid={mismatch || undefined}
            error={mismatch && again ? { message: t('archive.passphraseMismatch') } : undefined}
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(event) => setAgain(event.target.value)}
          />
        </>
      ) : null}
      <SubmitActions
        label={t('archive.backupNow')}
        disabled={running.pending || settings.folderState !== 'ok' || mismatch}
      />
      <BackupProgress active={running.pending} />
      <ErrorNotice error={running.error} />
      {made ? <BackupSummaryView summary={made} heading={t('archive.made')} /> : null}
    </TitledForm>
  );
}
