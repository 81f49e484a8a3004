import { identityFromText } from '../../shared/backup/ageIdentity';
import { Field, FileField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';

export interface BackupKeyInput {
  readonly kind: 'passphrase' | 'identity';
  readonly value: string;
}

/** The key as the call wants it; an identity file's comment lines are dropped. */
export function backupKey(input: BackupKeyInput): { passphrase: string } | { identity: string } {
  if (input.kind === 'passphrase') return { passphrase: input.value };
  return { identity: identityFromText(input.value) };
}

/** What opens a backup: its passphrase, or an archive key (pasted, or read from the identity file). */
export function BackupKeyFields({
  value,
  onChange,
}: {
  value: BackupKeyInput;
  onChange: (next: BackupKeyInput) => void;
}) {
  const { t } = useLanguage();
  return (
    <fieldset className="backup-key">
      <legend>{t('archive.openWith')}</legend>
      <label className="checkbox">
        <input
          type="radio"
          name="backup-key-kind"
          checked={value.kind === 'passphrase'}
          onChange={() => onChange({ kind: 'passphrase', value: '' })}
        />
        {t('archive.withPassphrase')}
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name="backup-key-kind"
          checked={value.kind === 'identity'}
          onChange={() => onChange({ kind: 'identity', value: '' })}
        />
        {t('archive.withKey')}
      </label>
      {value.kind === 'passphrase' ? (
        <Field
          id="backup-open-passphrase"
          label={t('archive.passphrase')}
          type="password"
          autoComplete="off"
          value={value.value}
          onChange={(event) => onChange({ kind: 'passphrase', value: event.target.value })}
        />
      ) : (
        <>
          <Field
            id="backup-open-identity"
            label={t('archive.secretKey')}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="AGE-SECRET-KEY-1…"
            value={value.value}
            onChange={(event) => onChange({ kind: 'identity', value: event.target.value })}
          />
          <FileField
            id="backup-open-identity-file"
            label={t('archive.identityFile')}
            accept=".txt,.key"
            onChoose={(file) => void file?.text().then((text) => onChange({ kind: 'identity', value: text }))}
          />
        </>
      )}
    </fieldset>
  );
}
