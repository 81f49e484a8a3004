import { useCallback, useState } from 'react';
import type { SigningIdentity } from '../../shared/signing/signingSchemas';
import { fileToBase64 } from '../files/fileTransfer';
import { Field, FileField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { InfoRow } from '../forms/InfoRow';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import {
  emptyPassphrasePair,
  passphrasePairReady,
  SigningPassphraseFields,
  type PassphrasePair,
} from './SigningPassphraseFields';

/**
 * The head's signing identity: the certificate on record (its fingerprint is what the district
 * compares), a new self-signed one, or one imported from a certificate authority's .p12 file.
 * The private key stays in the vault sealed under the head's own signing passphrase; the screen
 * only ever sees the certificate.
 */
export function SigningIdentitySection() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('signing.identity', {}), [session]);
  const current = useLoaded<{ identity: SigningIdentity | null }>(load, { identity: null });
  const identity = current.value.identity;
  return (
    <section aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('signing.heading')}</h2>
      <ErrorNotice error={current.error} />
      {identity ? (
        <dl className="info-list" aria-label={t('signing.current')}>
          <InfoRow label={t('signing.subject')}>{identity.subject}</InfoRow>
          <InfoRow label={t('signing.issuer')}>
            {identity.selfSigned ? t('signing.selfSigned') : identity.issuer}
          </InfoRow>
          <InfoRow label={t('signing.validity')}>
            {identity.notBefore.slice(0, 10)} – {identity.notAfter.slice(0, 10)}
          </InfoRow>
          <InfoRow label={t('signing.fingerprint')}>
            <code>{identity.fingerprint}</code>
          </InfoRow>
        </dl>
      ) : (
        <p>{t('signing.none')}</p>
      )}
      <GenerateForm onDone={current.reload} replacing={identity !== null} />
      <ImportForm onDone={current.reload} />
    </section>
  );
}

function GenerateForm({ onDone, replacing }: { onDone: () => void; replacing: boolean }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [name, setName] = useState('');
  const [post, setPost] = useState('');
  const [pair, setPair] = useState<PassphrasePair>(emptyPassphrasePair);
  const submit = async () => {
    if (!passphrasePairReady(pair)) return;
    const result = await saving.submit(() =>
      session.call('signing.generate', { name, post, passphrase: pair.passphrase }),
    );
    if (result.ok) {
      setPair(emptyPassphrasePair);
      onDone();
    }
  };
  return (
    <TitledForm id="signing-generate" heading={t('signing.generate')} level={3} onSubmit={submit}>
      <Field
        id="signing-name"
        label={t('signing.name')}
        required
        minLength={2}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <Field
        id="signing-post"
        label={t('signing.post')}
        required
        minLength={2}
        value={post}
        onChange={(e) => setPost(e.target.value)}
      />
      <SigningPassphraseFields idPrefix="signing-generate" value={pair} onChange={setPair} />
      {replacing ? <p className="field-hint">{t('signing.replaceHint')}</p> : null}
      <SubmitActions label={t('signing.generateNow')} disabled={saving.pending} aria-busy={saving.pending} />
      {saving.pending ? <p role="status">{t('signing.generating')}</p> : null}
      <ErrorNotice error={saving.error} />
    </TitledForm>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [file, setFile] = useState<File | undefined>();
  const [password, setPassword] = useState('');
  const [pair, setPair] = useState<PassphrasePair>(emptyPassphrasePair);
  const submit = async () => {
    if (!file || !passphrasePairReady(pair)) return;
    const fileBase64 = await fileToBase64(file);
    const result = await saving.submit(() =>
      session.call('signing.importPkcs12', { fileBase64, password, passphrase: pair.passphrase }),
    );
    if (result.ok) {
      setPassword('');
      setPair(emptyPassphrasePair);
      onDone();
    }
  };
  return (
    <TitledForm id="signing-import" heading={t('signing.import')} level={3} onSubmit={submit}>
      <FileField id="signing-file" label={t('signing.file')} accept=".p12,.pfx" required onChoose={setFile} />
      <Field
        id="signing-password"
        label={t('signing.filePassword')}
        type="password"
        autoComplete="off"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <SigningPassphraseFields idPrefix="signing-import" value={pair} onChange={setPair} />
      <SubmitActions label={t('signing.importNow')} disabled={saving.pending || !file} />
      <ErrorNotice error={saving.error} />
    </TitledForm>
  );
}
