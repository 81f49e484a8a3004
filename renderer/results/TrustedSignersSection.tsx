import { useCallback, useState } from 'react';
import type { CallOutput } from '../../shared/contract';
import { formatDigest } from '../../shared/results/digestGroups';
import { normalizeFingerprint } from '../../shared/results/signerRegister';
import { downloadBase64, fileToBase64 } from '../files/fileTransfer';
import { ConfirmAction } from '../forms/ConfirmAction';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FileField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

type Signers = CallOutput<'results.listTrustedSigners'>;

/**
 * The district's register of trusted signers. A package is received only from a certificate on
 * it; a signer is added by typing the fingerprint printed on the unit's minutes (never taken from
 * the package itself, which anyone can sign), or carried over from last year's register file.
 */
export function TrustedSignersSection() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.listTrustedSigners', {}), [session]);
  const signers = useLoaded<Signers>(load, { signers: [] });
  const adding = useSubmission();
  const rowWork = useSubmission();
  const [name, setName] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const typedValid = fingerprint.trim() === '' || normalizeFingerprint(fingerprint) !== null;

  const add = async () => {
    const result = await adding.submit(() => session.call('results.trustSigner', { name, fingerprint, note }));
    if (!result.ok) return;
    setName('');
    setFingerprint('');
    setNote('');
    setStatus(t('signers.added'));
  };
  const remove = async (removed: string) => {
    await rowWork.submit(() => session.call('results.distrustSigner', { fingerprint: removed }));
  };
  const importRegister = async (file: File | undefined) => {
    if (!file) return;
    const contentBase64 = await fileToBase64(file);
    const result = await rowWork.submit(() => session.call('results.importSignerRegister', { contentBase64 }));
    if (!result.ok) return;
    setStatus(t('signers.imported', result.value));
  };
  const exportRegister = async () => {
    const result = await rowWork.submit(() => session.call('results.exportSignerRegister', {}));
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };

  return (
    <section aria-labelledby="signers-heading">
      <h2 id="signers-heading">{t('signers.heading')}</h2>
      <p>{t('signers.explain')}</p>
      <ErrorNotice error={signers.error} />
      {signers.value.signers.length === 0 ? (
        <p role="status">{t('signers.none')}</p>
      ) : (
        <DataTable labels={[t('signers.name'), t('signing.fingerprint'), t('signers.note'), t('signers.actions')]}>
          {signers.value.signers.map((signer) => (
            <tr key={signer.fingerprint}>
              <th scope="row">{signer.name}</th>
              <td>
                <code>{formatDigest(signer.fingerprint)}</code>
              </td>
              <td>{signer.note}</td>
              <td>
                <ConfirmAction
                  className="secondary"
                  label={
                    <>
                      {t('signers.remove')}
                      <span className="visually-hidden"> — {signer.name}</span>
                    </>
                  }
                  question={t('signers.removeConfirm', signer)}
                  confirmLabel={t('signers.remove')}
                  disabled={rowWork.pending}
                  onConfirm={() => remove(signer.fingerprint)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ErrorNotice error={rowWork.error} />
      {status ? (
        <p role="status" className="notice">
          {status}
        </p>
      ) : null}
      <TitledForm id="signers-add" heading={t('signers.add')} level={3} onSubmit={add}>
        <Field
          label={t('signers.name')}
          required
          maxLength={300}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Field
          label={t('signing.fingerprint')}
          hint={t('signers.fingerprintHint')}
          required
          autoComplete="off"
          spellCheck={false}
          value={fingerprint}
          error={typedValid ? undefined : { message: t('errors.SIGNER_FINGERPRINT_INVALID') }}
          onChange={(e) => setFingerprint(e.target.value)}
        />
        <Field label={t('signers.note')} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        <SubmitActions label={t('signers.addButton')} disabled={adding.pending} />
        <ErrorNotice error={adding.error} />
      </TitledForm>
      <FileField
        id="signers-import"
        label={t('signers.importFile')}
        accept=".json"
        onChoose={(file) => void importRegister(file)}
      />
      <div className="form-actions">
        <button type="button" className="secondary" disabled={rowWork.pending} onClick={() => void exportRegister()}>
          {t('signers.export')}
        </button>
      </div>
    </section>
  );
}
