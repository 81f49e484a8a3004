import { useState, type FormEvent } from 'react';
import { FormActions } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { BackupSettings } from './ArchiveArea';

/** Where backups go (a USB drive, say) and how many automatic ones to keep there. */
export function BackupFolderForm({ settings, onSaved }: { settings: BackupSettings; onSaved: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [folder, setFolder] = useState(settings.folder ?? '');
  const [keep, setKeep] = useState(settings.keep);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await saving.submit(() =>
      session.call('backup.configure', { folder: folder.trim() ? folder.trim() : null, keep }),
    );
    if (result.ok) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <form className="narrow-form" aria-labelledby="archive-folder" onSubmit={(event) => void submit(event)}>
      <h2 id="archive-folder">{t('archive.folderHeading')}</h2>
      <div className="field">
        <label htmlFor="backup-folder">{t('archive.folder')}</label>
        <input
          id="backup-folder"
          value={folder}
          placeholder="/media/usb/sao-luu"
          aria-describedby="backup-folder-hint"
          onChange={(event) => setFolder(event.target.value)}
        />
        <p id="backup-folder-hint" className="field-hint">
          {t('archive.folderHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="backup-keep">{t('archive.keep')}</label>
        <input
          id="backup-keep"
          type="number"
          min={1}
          max={100}
          value={keep}
          onChange={(event) => setKeep(Number(event.target.value))}
        />
      </div>
      <FormActions>
        <button type="submit" disabled={saving.pending}>
          {t('archive.save')}
        </button>
      </FormActions>
      {saved ? <p role="status">{t('archive.saved')}</p> : null}
      {saving.error ? <ErrorNotice error={saving.error} /> : null}
    </form>
  );
}
