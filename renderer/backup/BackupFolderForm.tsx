import { useState } from 'react';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
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
  const submit = async () => {
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
    <TitledForm id="archive-folder" heading={t('archive.folderHeading')} level={2} onSubmit={submit}>
      <Field
        id="backup-folder"
        label={t('archive.folder')}
        hint={t('archive.folderHint')}
        value={folder}
        placeholder="/media/usb/sao-luu"
        onChange={(event) => setFolder(event.target.value)}
      />
      <Field
        id="backup-keep"
        label={t('archive.keep')}
        type="number"
        min={1}
        max={100}
        value={keep}
        onChange={(event) => setKeep(Number(event.target.value))}
      />
      <SubmitActions label={t('archive.save')} disabled={saving.pending} />
      {saved ? <p role="status">{t('archive.saved')}</p> : null}
      <ErrorNotice error={saving.error} />
    </TitledForm>
  );
}
