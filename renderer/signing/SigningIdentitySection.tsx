import { useCallback, useState, type FormEvent } from 'react';
import type { SigningIdentity } from '../../shared/signing/signingSchemas';
import { fileToBase64 } from '../files/fileTransfer';
import { FormActions } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

/**
 * The head's signing identity: the certificate on record (its fingerprint is what the district
 * compares), a new self-signed one, or one imported from a certificate authority's .p12 file.
 * The private key stays in the vault; the screen only ever sees the certificate.
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
      {current.error ? <ErrorNotice error={current.error} /> : null}
      {identity ? (
        <dl className="info-list" aria-label={t('signing.current')}>
          <div className="info-row">
            <dt>{t('signing.subject')}</dt>
            <dd>{identity.subject}</dd>
          </div>
          <div className="info-row">
            <dt>{t('signing.issuer')}</dt>
            <dd>{identity.selfSigned ? t('signing.selfSigned') : identity.issuer}</dd>
          </div>
          <div className="info-row">
            <dt>{t('signing.validity')}</dt>
            <dd>
              {identity.notBefore.slice(0, 10)} – {identity.notAfter.slice(0, 10)}
            </dd>
          </div>
          <div className="info-row">
            <dt>{t('signing.fingerprint')}</dt>
            <dd>
              <code>{identity.fingerprint}</code>
            </dd>
          </div>
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
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saving.submit(() => session.call('signing.generate', { name, post }));
    if (result.ok) onDone();
  };
  return (
    <form className="narrow-form" aria-labelledby="signing-generate" onSubmit={(event) => void submit(event)}>
      <h3 id="signing-generate">{t('signing.generate')}</h3>
      <div className="field">
        <label htmlFor="signing-name">{t('signing.name')}</label>
        <input id="signing-name" required minLength={2} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="signing-post">{t('signing.post')}</label>
        <input id="signing-post" required minLength={2} value={post} onChange={(e) => setPost(e.target.value)} />
      </div>
      {replacing ? <p className="field-hint">{t('signing.replaceHint')}</p> : null}
      <FormActions>
        <button type="submit" disabled={saving.pending} aria-busy={saving.pending}>
          {t('signing.generateNow')}
        </button>
      </FormActions>
      {saving.pending ? <p role="status">{t('signing.generating')}</p> : null}
      {saving.error ? <ErrorNotice error={saving.error} /> : null}
    </form>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const fileBase64 = await fileToBase64(file);
    const result = await saving.submit(() => session.call('signing.importPkcs12', { fileBase64, password }));
    if (result.ok) {
      setPassword('');
      onDone();
    }
  };
  return (
    <form className="narrow-form" aria-labelledby="signing-import" onSubmit={(event) => void submit(event)}>
      <h3 id="signing-import">{t('signing.import')}</h3>
      <div className="field">
        <label htmlFor="signing-file">{t('signing.file')}</label>
        <input
          id="signing-file"
          type="file"
          accept=".p12,.pfx"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor="signing-password">{t('signing.filePassword')}</label>
        <input
          id="signing-password"
          type="password"
          autoComplete="off"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <FormActions>
        <button type="submit" disabled={saving.pending || !file}>
          {t('signing.importNow')}
        </button>
      </FormActions>
      {saving.error ? <ErrorNotice error={saving.error} /> : null}
    </form>
  );
}
