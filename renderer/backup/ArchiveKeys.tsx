import { useState } from 'react';
import type { ArchiveRecipient } from '../../shared/backup/backupSchemas';
import { downloadBytes } from '../files/fileTransfer';
import { Field, FormActions } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { RecipientQr } from './RecipientQr';

/**
 * The archive keys every backup is encrypted to. A key made here shows its secret half once, to
 * save as the identity file `age -d -i` reads; the vault keeps only the public half.
 */
export function ArchiveKeys({ recipients, onChanged }: { recipients: ArchiveRecipient[]; onChanged: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const removing = useSubmission();
  const remove = async (id: string) => {
    const result = await removing.submit(() => session.call('backup.removeRecipient', { id }));
    if (result.ok) onChanged();
  };
  return (
    <section aria-labelledby="archive-keys">
      <h2 id="archive-keys">{t('archive.keysHeading')}</h2>
      {recipients.length === 0 ? <p>{t('archive.noKeys')}</p> : null}
      <ul className="archive-keys">
        {recipients.map((recipient) => (
          <li key={recipient.id} data-recipient={recipient.recipient}>
            <RecipientQr recipient={recipient.recipient} label={t('archive.qrOf', { label: recipient.label })} />
            <strong>{recipient.label}</strong> — <code className="age-key">{recipient.recipient}</code>{' '}
            <button type="button" className="link" onClick={() => void remove(recipient.id)}>
              {t('archive.removeKey')}
              <span className="visually-hidden"> {recipient.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorNotice error={removing.error} />
      <GenerateKey onDone={onChanged} />
      <AddRecipient onDone={onChanged} />
    </section>
  );
}

function identityFile(recipient: ArchiveRecipient, identity: string): string {
  return `# Khóa lưu trữ Kiểm phiếu / Kiểm phiếu archive key: ${recipient.label}\n# created: ${recipient.createdAt}\n# public key: ${recipient.recipient}\n${identity}\n`;
}

function GenerateKey({ onDone }: { onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const making = useSubmission();
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<{ recipient: ArchiveRecipient; identity: string } | null>(null);
  const submit = async () => {
    const result = await making.submit(() => session.call('backup.generateKey', { label }));
    if (!result.ok) return;
    setMade(result.value);
    setLabel('');
    onDone();
  };
  const save = () => {
    if (!made) return;
    const name = `khoa-luu-tru-${made.recipient.recipient.slice(4, 12)}.txt`;
    downloadBytes(name, new TextEncoder().encode(identityFile(made.recipient, made.identity)));
  };
  if (made)
    return (
      <div className="notice" role="region" aria-labelledby="archive-new-key">
        <h3 id="archive-new-key">{t('archive.newKey')}</h3>
        <p>{t('archive.newKeyOnce')}</p>
        <pre className="age-identity" tabIndex={0}>
          {made.identity}
        </pre>
        <FormActions>
          <button type="button" onClick={save}>
            {t('archive.saveIdentity')}
          </button>
          <button type="button" className="secondary" onClick={() => setMade(null)}>
            {t('archive.savedIdentity')}
          </button>
        </FormActions>
      </div>
    );
  return (
    <TitledForm id="archive-generate" heading={t('archive.generate')} level={3} onSubmit={submit}>
      <Field
        id="archive-key-label"
        label={t('archive.keyLabel')}
        required
        minLength={2}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <SubmitActions label={t('archive.generateNow')} disabled={making.pending} />
      <ErrorNotice error={making.error} />
    </TitledForm>
  );
}

function AddRecipient({ onDone }: { onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const adding = useSubmission();
  const [label, setLabel] = useState('');
  const [recipient, setRecipient] = useState('');
  const submit = async () => {
    const result = await adding.submit(() => session.call('backup.addRecipient', { label, recipient }));
    if (!result.ok) return;
    setLabel('');
    setRecipient('');
    onDone();
  };
  return (
    <TitledForm id="archive-add" heading={t('archive.addRecipient')} level={3} onSubmit={submit}>
      <Field
        id="archive-add-label"
        label={t('archive.keyLabel')}
        required
        minLength={2}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <Field
        id="archive-add-recipient"
        label={t('archive.publicKey')}
        required
        spellCheck={false}
        placeholder="age1…"
        value={recipient}
        onChange={(e) => setRecipient(e.target.value)}
      />
      <SubmitActions label={t('archive.add')} disabled={adding.pending} />
      <ErrorNotice error={adding.error} />
    </TitledForm>
  );
}
