import { useState, type FormEvent } from 'react';
import type { CallOutput } from '../../shared/contract';
import { fileToBase64 } from '../files/fileTransfer';
import { FileField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { InfoRow } from '../forms/InfoRow';
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
      <FileField id="package-file" label={t('package.file')} accept=".json" onChoose={(file) => void choose(file)} />
      <ErrorNotice error={reading.error} />
      {inspection ? (
        <form className="narrow-form" aria-label={t('package.check')} onSubmit={(event) => void accept(event)}>
          <dl className="info-list">
            <InfoRow label={t('package.contest')}>
              {inspection.subjectName} — {inspection.unitName} ({inspection.campaignName})
            </InfoRow>
            {/* Not an InfoRow: the value carries whether the signature holds. */}
            <div className="info-row">
              <dt>{t('package.signature')}</dt>
              <dd data-valid={inspection.signatureValid}>
                {inspection.signatureValid ? t('package.signatureValid') : t('package.signatureInvalid')} —{' '}
                {inspection.signer}
              </dd>
            </div>
            <InfoRow label={t('signing.fingerprint')}>
              <code>{inspection.fingerprint}</code>
            </InfoRow>
            <InfoRow label={t('results.envelopeSeal')}>{inspection.envelopeSeal}</InfoRow>
            {inspection.reason ? <InfoRow label={t('results.reason')}>{inspection.reason}</InfoRow> : null}
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
          <SubmitActions label={t('package.accept')} disabled={accepting.pending || !inspection.signatureValid} />
          <ErrorNotice error={accepting.error} />
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
