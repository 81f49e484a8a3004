import { useState } from 'react';
import { parseTypedAnchor, type TypedAnchor } from '../../shared/audit/auditAnchor';
import { anchorSourceLabels, auditProblemLabels, type AuditVerification } from '../../shared/audit/auditReport';
import { ErrorNotice } from '../forms/ErrorNotice';
import { TextAreaField } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/** The lines typed from paper, read as anchors; the first line that does not read is named. */
function readAnchors(text: string): { anchors: TypedAnchor[]; unreadable: string | null } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const anchors: TypedAnchor[] = [];
  for (const line of lines) {
    const anchor = parseTypedAnchor(line);
    if (!anchor) return { anchors, unreadable: line };
    anchors.push(anchor);
  }
  return { anchors, unreadable: null };
}

/**
 * Recomputes the audit chain and checks it against the anchors kept outside the vault: those
 * signed into sealed results (always), and those typed here from the foot of a print or a backup.
 */
export function AuditVerifyPanel() {
  const { t, pick } = useLanguage();
  const session = useSession();
  const verifying = useSubmission();
  const [typed, setTyped] = useState('');
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const { anchors, unreadable } = readAnchors(typed);

  const verify = async () => {
    if (unreadable) return;
    const result = await verifying.submit(() => session.call('audit.verify', { anchors }));
    if (result.ok) setVerification(result.value);
  };

  return (
    <form
      className="narrow-form"
      aria-labelledby="audit-verify-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void verify();
      }}
    >
      <h3 id="audit-verify-heading">{t('audit.verify')}</h3>
      <TextAreaField
        label={t('audit.anchors')}
        hint={t('audit.anchorsHint')}
        rows={3}
        spellCheck={false}
        value={typed}
        error={unreadable ? { message: t('audit.anchorUnreadable', { text: unreadable }) } : undefined}
        onChange={(event) => setTyped(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" disabled={verifying.pending || unreadable !== null}>
          {t('audit.verify')}
        </button>
      </div>
      <ErrorNotice error={verifying.error} />
      {verification ? (
        <>
          <p role="status" className={verification.ok ? 'notice' : 'notice broken'}>
            {verification.firstProblem
              ? t('audit.verifyBroken', {
                  sequence: verification.firstProblem.sequence,
                  problem: pick(auditProblemLabels[verification.firstProblem.kind]),
                })
              : t('audit.verifyOk', { count: verification.entriesChecked, anchor: verification.anchorSequence })}
          </p>
          {verification.anchors.length > 0 ? (
            <ul aria-label={t('audit.anchorResults')}>
              {verification.anchors.map((anchor, index) => (
                <li key={index} data-holds={anchor.holds}>
                  {t(anchor.holds ? 'audit.anchorHolds' : 'audit.anchorLost', {
                    source: pick(anchorSourceLabels[anchor.source]),
                    label: anchor.label,
                    sequence: anchor.sequence,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </form>
  );
}
