import { useState, type FormEvent } from 'react';
import type { BackupSummary } from '../../shared/backup/backupSchemas';
import { FormActions } from '../forms/Field';
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
  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
    <form className="narrow-form" aria-labelledby="archive-now" onSubmit={(event) => void submit(event)}>
      <h2 id="archive-now">{t('archive.nowHeading')}</h2>
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
          <div className="field">
            <label htmlFor="backup-passphrase">{t('archive.passphrase')}</label>
            <input
              id="backup-passphrase"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              value={passphrase}
              aria-describedby="backup-passphrase-hint"
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <p id="backup-passphrase-hint" className="field-hint">
              {t('archive.passphraseHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="backup-passphrase-again">{t('archive.passphraseAgain')}</label>
            <input
              id="backup-passphrase-again"
              type="password"
              autoComplete="new-password"
              required
              value={again}
              aria-invalid={mismatch || undefined}
              onChange={(event) => setAgain(event.target.value)}
            />
            {mismatch && again ? (
              <p className="field-error" role="alert">
                {t('archive.passphraseMismatch')}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      <FormActions>
        <button type="submit" disabled={running.pending || settings.folderState !== 'ok' || mismatch}>
          {t('archive.backupNow')}
        </button>
      </FormActions>
      <BackupProgress active={running.pending} />
      {running.error ? <ErrorNotice error={running.error} /> : null}
      {made ? <BackupSummaryView summary={made} heading={t('archive.made')} /> : null}
    </form>
  );
}
