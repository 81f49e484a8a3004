import { useCallback, useState } from 'react';
import type { z } from '../../shared/schema/z';
import type { reconciliationLineSchema } from '../../shared/counting/countingSchemas';
import { isWarningRule, type WarningRule } from '../../shared/counting/reconciliation';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { ConfirmAction } from '../forms/ConfirmAction';
import { Field } from '../forms/Field';
import { useSession } from '../session/SessionContext';

type Line = z.infer<typeof reconciliationLineSchema>;

/** Every rule with its numbers: errors block, warnings need the head's written reason. */
export function ReconciliationPanel({
  contestId,
  subject,
  isHead,
  closed,
  onChanged,
}: {
  contestId: string;
  /** The person assessed, named in the question before closing. */
  subject: string;
  isHead: boolean;
  closed: boolean;
  onChanged: () => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.reconciliation', { contestId }), [session, contestId]);
  const lines = useLoaded<Line[]>(load, []);
  const closing = useSubmission();

  const close = async () => {
    const result = await closing.submit(() => session.call('counting.close', { contestId }));
    if (result.ok) onChanged();
  };

  const status = (line: Line) =>
    line.ok
      ? t('counting.ruleOk')
      : line.severity === 'error'
        ? t('counting.ruleError')
        : line.acknowledged
          ? t('counting.ruleAcknowledged')
          : t('counting.ruleWarning');

  return (
    <details className="reconciliation" open={!closed} data-focus-home tabIndex={-1}>
      <summary>{t('counting.reconciliation')}</summary>
      <ErrorNotice error={lines.error} />
      <ul className="rules">
        {lines.value.map((line) => (
          <li
            key={line.rule}
            data-rule={line.rule}
            data-ok={line.ok || line.acknowledged}
            className={line.ok ? 'rule ok' : `rule ${line.severity}`}
          >
            <strong>
              {line.rule} {pick(line.title)}
            </strong>{' '}
            — {status(line)}
            <div className="note">{pick(line.explanation)}</div>
            {isHead && !closed && !line.ok && isWarningRule(line.rule) && !line.acknowledged ? (
              <Acknowledge contestId={contestId} rule={line.rule} onDone={lines.reload} />
            ) : null}
          </li>
        ))}
      </ul>
      {isHead && !closed ? (
        <ConfirmAction
          label={t('counting.close')}
          question={t('counting.closeQuestion', { subject })}
          confirmLabel={t('counting.closeConfirm')}
          disabled={closing.pending}
          onConfirm={close}
        />
      ) : null}
      <ErrorNotice error={closing.error} />
    </details>
  );
}

function Acknowledge({ contestId, rule, onDone }: { contestId: string; rule: WarningRule; onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const [reason, setReason] = useState('');
  const saving = useSubmission();
  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void saving
          .submit(() => session.call('counting.acknowledgeWarning', { contestId, rule, reason }))
          .then((result) => result.ok && onDone());
      }}
    >
      <Field
        id={`ack-${contestId}-${rule}`}
        label={t('counting.acknowledgeReason', { rule })}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={saving.pending}>
        {t('counting.acknowledge')}
      </button>
      <ErrorNotice error={saving.error} />
    </form>
  );
}
