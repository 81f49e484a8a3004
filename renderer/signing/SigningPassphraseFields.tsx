import { Field } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';

export interface PassphrasePair {
  readonly passphrase: string;
  readonly again: string;
}

/** The contract's floor for the signing passphrase, checked here so the head sees it first. */
export const signingPassphraseMinLength = 10;

export const emptyPassphrasePair: PassphrasePair = { passphrase: '', again: '' };

/** Whether the pair may be sent: long enough and typed the same twice. */
export function passphrasePairReady(pair: PassphrasePair): boolean {
  return pair.passphrase.length >= signingPassphraseMinLength && pair.passphrase === pair.again;
}

/**
 * The new passphrase that seals the signing key, typed twice. It is the head's alone: the vault
 * password opens the vault for every role, so it must not also unlock the head's signature.
 */
export function SigningPassphraseFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: PassphrasePair;
  onChange: (next: PassphrasePair) => void;
}) {
  const { t } = useLanguage();
  const differs = value.again.length > 0 && value.again !== value.passphrase;
  return (
    <>
      <Field
        id={`${idPrefix}-passphrase`}
        label={t('signing.passphrase')}
        hint={t('signing.passphraseHint')}
        type="password"
        autoComplete="new-password"
        required
        minLength={signingPassphraseMinLength}
        value={value.passphrase}
        onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
      />
      <Field
        id={`${idPrefix}-passphrase-again`}
        label={t('signing.passphraseAgain')}
        type="password"
        autoComplete="new-password"
        required
        error={differs ? { message: t('form.passwordsDiffer') } : undefined}
        value={value.again}
        onChange={(event) => onChange({ ...value, again: event.target.value })}
      />
    </>
  );
}
