import { useState, type FormEvent } from 'react';
import type { CallOutput } from '../../shared/contract';
import { fileToBase64 } from '../files/fileTransfer';
import { FormActions } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

type Inspection = CallOutput<'results.inspectPackage'>;

/**
 * At the district: read a sealed result package, see who signed it, then type the two digest
 * groups the screen hides, read from the paper minutes. Only a match accepts it, so the file and
 * the sealed paper are proven to be the same result.
 */
export function PackageImport() {
  const { t } = useLanguage();
  const session = useSession();
  const reading = useSubmission();
  const accepting = useSubmission();
  const [content, setContent] = useState<string | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [typed, setTyped] = useState(['', '']);
  const [accepted, setAccepted] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    setInspection(null);
    setAccepted(null);
    setTyped(['', '']);
    if (!file) return;
    const contentBase64 = await fileToBase64(file);
    setContent(contentBase64);
    const result = await reading.submit(() => session.call('results.inspectPackage', { contentBase64 }));
    if (result.ok) setInspection(result.value);
  };

  const accept = async (event: FormEvent) => {
    event.preventDefault();
    if (!content || !inspection) return;
    const result = await accepting.submit(() =>
      session.call('results.acceptPackage', { contentBase64: content, hidden: inspection.hidden, typed }),
    );
    if (result.ok) setAccepted(result.value.digest);
  };

  return (
    <section aria-labelledby="package-heading">
      <h2 id="package-heading">{t('package.heading')}</h2>
      <div className="field">
        <label htmlFor="package-file">{t('package.file')}</label>
        <input
          id="package-file"
          type="file"
          accept=".json"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {reading.error ? <ErrorNotice error={reading.error} /> : null}
      {inspection ? (
        <form className="narrow-form" aria-label={t('package.check')} onSubmit={(event) => void accept(event)}>
          <dl className="info-list">
            <div className="info-row">
              <dt>{t('package.contest')}</dt>
              <dd>
                {inspection.subjectName} — {inspection.unitName} ({inspection.campaignName})
              </dd>
            </div>
            <div className="info-row">
              <dt>{t('package.signature')}</dt>
              <dd data-valid={inspection.signatureValid}>
                {inspection.signatureValid ? t('package.signatureValid') : t('package.signatureInvalid')} —{' '}
                {inspection.signer}
              </dd>
            </div>
            <div className="info-row">
              <dt>{t('signing.fingerprint')}</dt>
              <dd>
                <code>{inspection.fingerprint}</code>
              </dd>
            </div>
            <div className="info-row">
              <dt>{t('results.envelopeSeal')}</dt>
              <dd>{inspection.envelopeSeal}</dd>
            </div>
            {inspection.reason ? (
              <div className="info-row">
                <dt>{t('results.reason')}</dt>
                <dd>{inspection.reason}</dd>
              </div>
            ) : null}
          </dl>
          <p>{t('package.typeHidden')}</p>
          <ol className="digest-groups">
            {inspection.digestGroups.map((group, index) => {
              const slot = inspection.hidden.indexOf(index);
              return (
                <li key={index}>
                  {group !== null ? (
                    <code>{group}</code>
                  ) : (
                    <input
                      aria-label={t('package.group', { n: index + 1 })}
                      size={5}
                      maxLength={4}
                      required
                      autoComplete="off"
                      value={typed[slot] ?? ''}
                      onChange={(event) =>
                        setTyped((current) => current.map((value, at) => (at === slot ? event.target.value : value)))
                      }
                    />
                  )}
                </li>
              );
            })}
          </ol>
          <FormActions>
            <button type="submit" disabled={accepting.pending || !inspection.signatureValid}>
              {t('package.accept')}
            </button>
          </FormActions>
          {accepting.error ? <ErrorNotice error={accepting.error} /> : null}
          {accepted ? (
            <p role="status" className="notice">
              {t('package.accepted')}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
