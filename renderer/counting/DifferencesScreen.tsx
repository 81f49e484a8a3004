import { useCallback, useState } from 'react';
import type { z } from '../../shared/schema/z';
import type { differenceViewSchema } from '../../shared/counting/countingSchemas';
import type { TemplateContent } from '../../shared/templates/templateContent';
import type { ErrorPayload } from '../../shared/errors';
import { useLoaded } from '../forms/useLoaded';
import { DataTable } from '../forms/DataTable';
import { Field } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { ConfirmAction } from '../forms/ConfirmAction';
import { useSession } from '../session/SessionContext';
import { describeValue, fieldLabel, typedFieldValue } from './fieldValues';

type Difference = z.infer<typeof differenceViewSchema>;
/** The head settles each difference against the paper ballot at that position in the batch. */
export function DifferencesScreen({
  deskHref,
  batchId,
}: {
  /** Where "back" leads: the page of the batch's unit at the desk. */
  deskHref: string;
  batchId: string;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.differences', { batchId }), [session, batchId]);
  const loaded = useLoaded<{ batchNumber: number; form: TemplateContent | null; differences: Difference[] }>(load, {
    batchNumber: 0,
    form: null,
    differences: [],
  });
  const { form, batchNumber } = loaded.value;
  const differences = { value: loaded.value.differences, error: loaded.error, reload: loaded.reload };
  const [error, setError] = useState<ErrorPayload | null>(null);

  const resolve = async (difference: Difference, choice: 'pass1' | 'pass2' | 'pass3' | 'rekey', text = '') => {
    setError(null);
    const value = choice === 'rekey' && form ? typedFieldValue(difference.field, text, form) : undefined;
    const result = await session.call('counting.resolveDifference', {
      batchId,
      differenceId: difference.id,
      choice,
      ...(choice === 'rekey' ? { value: value as never } : {}),
    });
    if (!result.ok) return setError(result.error);
    differences.reload();
  };

  const open = differences.value.filter((difference) => !difference.resolved);
  // Sent back to a keyer: those wait for the keyer's answer. The others may be sent back, all by default.
  const awaiting = open.filter((difference) => difference.returnedTo !== null);
  const returnable = open.filter((difference) => difference.returnedTo === null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const ticked = returnable.filter((difference) => !unticked.has(difference.id));
  const tick = (id: string, on: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const passes = Math.max(2, ...differences.value.map((difference) => difference.keyed.length));

  const sendBack = async (pass: number) => {
    setError(null);
    const result = await session.call('counting.returnToKeyer', {
      batchId,
      pass,
      differenceIds: ticked.map((difference) => difference.id),
    });
    if (!result.ok) return setError(result.error);
    setUnticked(new Set());
    differences.reload();
  };
  const withdraw = async () => {
    setError(null);
    const result = await session.call('counting.withdrawReturn', { batchId });
    if (!result.ok) return setError(result.error);
    differences.reload();
  };

  return (
    <section aria-labelledby="differences-heading">
      <p>
        <a href={deskHref}>← {t('counting.back')}</a>
      </p>
      <h2 id="differences-heading">{t('differences.heading', { batch: batchNumber })}</h2>
      <p>{t('differences.intro')}</p>
      <ErrorNotice error={differences.error} />
      <ErrorNotice error={error} />
      {open.length === 0 ? <p role="status">{t('differences.none')}</p> : null}
      {awaiting.length > 0 ? (
        <div className="returned-notice">
          <p role="status" data-testid="return-awaiting">
            {t('differences.awaiting', { pass: awaiting[0]!.returnedTo!, count: awaiting.length })}
          </p>
          <ConfirmAction
            className="secondary"
            label={t('differences.withdraw')}
            question={t('differences.withdrawQuestion', { pass: awaiting[0]!.returnedTo! })}
            confirmLabel={t('differences.withdrawConfirm')}
            onConfirm={withdraw}
          />
        </div>
      ) : null}
      <DataTable
        className="differences"
        labels={[t('differences.position'), t('differences.field'), ...['1', '2', '3'].slice(0, passes), '']}
      >
        {differences.value.map((difference) => (
          <tr
            key={difference.id}
            data-field={difference.field}
            data-position={difference.position}
            data-resolved={difference.resolved}
            data-returned={difference.returnedTo ?? undefined}
          >
            <td>{difference.position}</td>
            <td>
              {fieldLabel(difference.field, t)}
              {difference.rowText ? <div className="note">{difference.rowText}</div> : null}
            </td>
            {difference.keyed.map((value, index) => (
              <td key={index}>{describeValue(value, difference.field, form, pick, t)}</td>
            ))}
            <td>
              {difference.resolved ? (
                t('differences.settled', { value: describeValue(difference.value, difference.field, form, pick, t) })
              ) : difference.returnedTo !== null ? (
                <span className="badge">{t('differences.awaitingRow', { pass: difference.returnedTo })}</span>
              ) : (
                <>
                  {awaiting.length === 0 ? (
                    <label className="return-pick">
                      <input
                        type="checkbox"
                        checked={!unticked.has(difference.id)}
                        onChange={(event) => tick(difference.id, event.target.checked)}
                        aria-label={t('differences.returnPick', {
                          position: difference.position,
                          field: fieldLabel(difference.field, t),
                        })}
                      />{' '}
                      {t('differences.returnConfirm')}
                    </label>
                  ) : null}
                  <Settle difference={difference} onResolve={resolve} />
                </>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {returnable.length > 0 && awaiting.length === 0 ? (
        <section aria-labelledby="return-heading" className="return-to-keyer">
          <h3 id="return-heading">{t('differences.returnHeading')}</h3>
          <p>{t('differences.returnIntro')}</p>
          {ticked.length === 0 ? <p role="status">{t('differences.noneTicked')}</p> : null}
          {Array.from({ length: passes }, (_, index) => index + 1).map((pass) => (
            <ConfirmAction
              key={pass}
              className="secondary"
              disabled={ticked.length === 0}
              label={t('differences.returnTo', { pass })}
              question={t('differences.returnQuestion', { count: ticked.length, pass })}
              confirmLabel={t('differences.returnConfirm')}
              onConfirm={() => sendBack(pass)}
            />
          ))}
        </section>
      ) : null}
    </section>
  );
}

function Settle({
  difference,
  onResolve,
}: {
  difference: Difference;
  onResolve: (difference: Difference, choice: 'pass1' | 'pass2' | 'pass3' | 'rekey', text?: string) => Promise<void>;
}) {
  const { t } = useLanguage();
  const [rekeying, setRekeying] = useState(false);
  const [text, setText] = useState('');
  return (
    <div className="settle">
      {difference.keyed.map((_, index) => (
        <button
          key={index}
          type="button"
          className="secondary"
          onClick={() => void onResolve(difference, `pass${index + 1}` as 'pass1')}
        >
          {t('differences.keep', { pass: index + 1 })}
        </button>
      ))}
      {rekeying ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onResolve(difference, 'rekey', text);
          }}
        >
          <Field
            id={`rekey-${difference.id}`}
            label={t('differences.rekeyValue')}
            autoFocus
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('differences.rekey')}</button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setRekeying(true)}>
          {t('differences.rekey')}
        </button>
      )}
    </div>
  );
}
