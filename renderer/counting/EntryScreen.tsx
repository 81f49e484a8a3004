import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useForm } from 'react-hook-form';
import { ballotShapeOf, invalidReasonLabels, invalidReasons } from '../../shared/counting/ballot';
import type { ErrorPayload } from '../../shared/errors';
import { navigate } from '../app/navigate';
import { useLanguage } from '../i18n/LanguageContext';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions } from '../forms/Field';
import { TableHead } from '../forms/TableHead';
import { useSession } from '../session/SessionContext';
import { emptyDraft, isTextMode, pressKey, typedTextOf, withTypedText, type EntryDraft } from './entryKeys';
import { charactersTyped, isCommandKeystroke, KeystrokeClock } from './keystrokeClock';
import { EntryKeyHelp, EntryKeyLegend } from './EntryKeyLegend';
import { auditEntryCalls, ballotSaver, doubleEntryCalls, type EntryView } from './entryCalls';
import { BallotQueue, type QueueState } from './ballotQueue';

function markLabel(
  value: EntryDraft['answers'][number],
  levels: readonly string[],
  t: (key: 'entry.blank' | 'entry.several') => string,
): string {
  if (value === null) return '';
  if (value === 0) return t('entry.blank');
  if (value === '*') return t('entry.several');
  return levels[value - 1] ?? String(value);
}

/**
 * The heads-down entry screen, laid out like the paper form. Everything is keyboard: the
 * focused sheet takes the keys; notes and comments open a field and come back.
 */
export function EntryScreen({
  deskHref,
  batchId,
  audit = false,
}: {
  /** Where "back" leads: the page of the batch's unit at the desk (or of its audit). */
  deskHref: string;
  batchId: string;
  /** The third person keying a keying-quality audit sample, blind, ballot by paper position. */
  audit?: boolean;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const calls = useMemo(
    () => (audit ? auditEntryCalls : doubleEntryCalls)(session.call, batchId),
    [audit, session.call, batchId],
  );
  const [view, setView] = useState<EntryView | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const clock = useRef(new KeystrokeClock());
  // Finished ballots are saved in the background, in the order typed, while the next is keyed.
  const queue = useRef<BallotQueue | null>(null);
  const [saving, setSaving] = useState<QueueState | null>(null);
  // The queue tells of each save after the render that queued it: in the language chosen by then.
  const say = useRef(t);
  useEffect(() => {
    say.current = t;
  }, [t]);
  // What a text field held when it opened: only the characters it gains are keystrokes.
  const textOpenedWith = useRef('');
  const sheet = useRef<HTMLDivElement>(null);
  // The draft is read and written synchronously on every key: typing fast must never lose one.
  const [draft, setDraftState] = useState<EntryDraft | null>(null);
  const draftRef = useRef<EntryDraft | null>(null);
  const setDraft = useCallback((next: EntryDraft) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  // Notes, other comments and an "other" invalid reason are typed in a field (react-hook-form).
  const textForm = useForm<{ text: string }>({ defaultValues: { text: '' } });
  // The field itself, focused directly: react-hook-form's setFocus waits a task (setTimeout), and
  // keys typed in that time went to the sheet.
  const textInput = useRef<HTMLInputElement | null>(null);

  const shape = useMemo(() => (view ? ballotShapeOf(view.form) : null), [view]);

  useEffect(() => {
    void calls.start().then((result) => {
      if (!result.ok) return setError(result.error);
      const started = result.value;
      queue.current = new BallotQueue(ballotSaver(calls, started), started.keyed, (state, position) => {
        setSaving(state);
        if (position !== undefined) setMessage(say.current('entry.saved', { position }));
      });
      setSaving(queue.current.state);
      setView(started);
      setDraft(emptyDraft(ballotShapeOf(started.form)));
    });
  }, [calls, setDraft]);

  const textMode = draft ? isTextMode(draft.mode) : false;
  // After the first load and a save; a key that opens or closes a field moves the focus itself (onKeyDown).
  useEffect(() => {
    (textMode ? textInput.current : sheet.current)?.focus();
  }, [textMode, draft?.mode]);
  // The row being keyed stays in view above the key legend, however small the window.
  const rowInView = draft?.mode === 'rows' ? draft.row : null;
  useEffect(() => {
    if (rowInView === null) return;
    sheet.current?.querySelector(`tr[data-row="${rowInView + 1}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [rowInView]);
  const textField = textForm.register('text');

  /**
   * Why a ballot just finished cannot be queued: earlier ballots could not be saved (it stays on
   * screen rather than pile up behind them), or an audit's sample is already keyed.
   */
  const queueRefusal = (): string | null => {
    if (!queue.current || queue.current.state.failure) return t('entry.held');
    const sample = view?.positions;
    if (sample && queue.current.typed >= sample.length) return t('keyingAudit.entryDone', { count: sample.length });
    return null;
  };

  // Both the sheet and the text field take the keys: Enter and Escape in the field end the text.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!shape || !view || view.finished) return;
    // A key an input method (Telex, VNI) is composing with is its own: the Enter that commits "ầ" keeps the note open.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const inText = event.target !== sheet.current;
    // "?" on the sheet lists every key; it is no keystroke of the ballot.
    if (!inText && event.key === '?') {
      event.preventDefault();
      setHelpOpen(true);
      return;
    }
    if (!isCommandKeystroke(event, inText)) return;
    clock.current.tick();
    event.preventDefault();
    let current = draftRef.current;
    if (!current) return;
    if (inText) clock.current.add(charactersTyped(textOpenedWith.current, textForm.getValues('text')));
    if (inText && event.key === 'Enter') current = withTypedText(current, textForm.getValues('text'));
    const { draft: keyed, effect } = pressKey(current, event.key, shape);
    const refused = effect?.kind === 'save' ? queueRefusal() : null;
    // A finished ballot is queued and the next, empty one is on screen before this key's handler
    // returns: keys that follow, however soon, are the next ballot's. Left on screen until its save
    // answered, the saved ballot took them — a second Enter saved it twice, its marks were lost.
    const next = effect?.kind === 'save' && !refused ? emptyDraft(shape) : keyed;
    if (next.mode !== current.mode && isTextMode(next.mode)) {
      textOpenedWith.current = typedTextOf(next);
      textForm.reset({ text: textOpenedWith.current });
    }
    if (isTextMode(next.mode) === inText) setDraft(next);
    else {
      // The focus moves before this key's handler returns, so the very next key — however soon it
      // follows G, K or the Enter that closes the field — lands where it belongs. Moved later (in
      // an effect after the render), keys typed at speed went to the sheet and the note lost its start.
      flushSync(() => setDraft(next));
      (isTextMode(next.mode) ? textInput.current : sheet.current)?.focus();
    }
    // The ballot's figures are taken with its Enter: keys after it count for the next ballot.
    if (effect?.kind === 'save' && !refused) queue.current?.add(effect.ballot, clock.current.take());
    else if (refused) setMessage(refused);
    else if (effect?.kind === 'notDone') setMessage(t('entry.notDone', { row: effect.row }));
  };

  const retry = async () => {
    await queue.current?.retry();
    sheet.current?.focus();
  };

  // Takes back the last ballot typed, once the save in flight (if any) has landed.
  const undo = async () => {
    if (!queue.current) return;
    const result = await queue.current.undo();
    if (!result.ok) return setError(result.error);
    setError(null);
    setMessage(t('entry.undone', { keyed: result.value.keyed }));
    sheet.current?.focus();
  };

  const finish = async () => {
    if (!view || !queue.current) return;
    // Finished with ballots still being saved, the keying would refuse them: they land first.
    const { waiting } = await queue.current.settled();
    if (waiting > 0) return setMessage(t('entry.held'));
    const result = await calls.finish(view);
    if (!result.ok) return setError(result.error);
    navigate(deskHref);
  };

  if (!view || !shape || !draft || !saving) {
    return error ? <ErrorNotice error={error} /> : <p role="status">{t('overview.loading')}</p>;
  }
  const levels = view.form.scale === 'points10' ? [] : view.form.levels;
  const marks = view.form.scale === 'points10' ? Array.from({ length: 10 }, (_, index) => String(index + 1)) : levels;
  const currentRow = draft.mode === 'rows' ? draft.row : -1;
  const points10 = view.form.scale === 'points10';
  // Where the keyer is in the stack: every ballot typed, saved or still being saved.
  const typed = saving.stored + saving.waiting;

  return (
    <section aria-labelledby="entry-heading" className="entry">
      <p>
        <a href={deskHref}>← {t('counting.back')}</a>
      </p>
      <h2 id="entry-heading">{t('entry.heading', { unit: view.unitName, subject: view.subjectName })}</h2>
      <p className="entry-status" data-testid="entry-status">
        {view.positions ? (
          <strong>
            {typed < view.positions.length
              ? t('keyingAudit.entryPosition', {
                  position: view.positions[typed]!,
                  batch: view.batchNumber,
                  index: typed + 1,
                  count: view.positions.length,
                })
              : t('keyingAudit.entryDone', { count: view.positions.length })}
          </strong>
        ) : (
          <>
            <strong>{t('entry.position', { position: typed + 1, batch: view.batchNumber, pass: view.pass })}</strong> ·{' '}
            {t('entry.counter', {
              keyed: typed,
              returned: view.returned === null ? '' : t('entry.ofReturned', { returned: view.returned }),
            })}
          </>
        )}
        {saving.waiting > 0 && !saving.failure ? t('entry.saving', { count: saving.waiting }) : null}
      </p>
      <p role="status" aria-live="polite" className="entry-message">
        {message}
      </p>
      <ErrorNotice error={error} />
      {saving.failure ? (
        // Just above the sheet: Shift+Tab from the sheet reaches "save again".
        <div className="entry-unsaved" role="group" aria-labelledby="entry-unsaved">
          <p id="entry-unsaved" role="alert">
            <strong>{t('entry.unsaved', { count: saving.waiting })}</strong>
          </p>
          <ErrorNotice error={saving.failure} />
          <button type="button" onClick={() => void retry()}>
            {t('entry.retry')}
          </button>
        </div>
      ) : null}
      <div
        ref={sheet}
        className="entry-sheet"
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label={t('entry.heading', { unit: view.unitName, subject: view.subjectName })}
        data-mode={draft.mode}
      >
        <table className="entry-form">
          <TableHead labels={['TT', view.form.criteriaColumn, ...marks]} />
          <tbody>
            {view.form.criteria.map((criterion, index) => {
              const value = draft.answers?.[index] ?? null;
              return (
                <tr
                  key={index}
                  className={index === currentRow ? 'current' : undefined}
                  aria-current={index === currentRow ? 'true' : undefined}
                  data-row={index + 1}
                >
                  <td>{index + 1}</td>
                  <td>
                    {criterion.text}
                    {draft.notes?.[String(index + 1)] ? (
                      <div className="entry-note">{draft.notes[String(index + 1)]}</div>
                    ) : null}
                  </td>
                  {marks.map((_, markIndex) => (
                    <td key={markIndex} className="entry-mark">
                      {value === markIndex + 1 || value === '*' ? '✕' : ''}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="entry-row-value" aria-live="polite">
          {currentRow > 0
            ? t('entry.row', { row: currentRow, value: markLabel(draft.answers?.[currentRow - 1] ?? null, levels, t) })
            : null}
        </p>
        {shape.hasPrestige ? (
          <div className={draft.mode === 'prestige' ? 'entry-prestige current' : 'entry-prestige'}>
            <strong>{t('entry.prestige')}:</strong>{' '}
            {view.form.prestigeLevels.map((level, index) => (
              <Fragment key={level}>
                {index > 0 ? ' · ' : null}
                <span className={draft.prestige === index + 1 || draft.prestige === '*' ? 'chosen' : undefined}>
                  {index + 1}. {level}
                </span>
              </Fragment>
            ))}
          </div>
        ) : null}
        {draft.mode === 'invalid' || draft.mode === 'invalidText' ? (
          <div className="entry-invalid" role="group" aria-label={t('entry.invalid')}>
            <p>{t('entry.invalid')}</p>
            <ol>
              {invalidReasons.map((reason) => (
                <li key={reason} className={draft.invalidReason === reason ? 'chosen' : undefined}>
                  {pick(invalidReasonLabels[reason])}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
      {textMode ? (
        <Field
          id="entry-text"
          label={
            draft.mode === 'note'
              ? t('entry.note', { row: draft.noteRow + 1 })
              : draft.mode === 'other'
                ? t('entry.other')
                : t('entry.invalidText')
          }
          autoComplete="off"
          onKeyDown={onKeyDown}
          {...textField}
          ref={(element) => {
            textField.ref(element);
            textInput.current = element;
          }}
        />
      ) : null}
      <EntryKeyLegend mode={draft.mode} points10={points10} />
      <EntryKeyHelp
        open={helpOpen}
        points10={points10}
        onClose={() => {
          setHelpOpen(false);
          sheet.current?.focus();
        }}
      />
      <FormActions>
        <ConfirmAction
          className="secondary"
          label={t('entry.undo')}
          question={t('entry.undoQuestion', { position: typed })}
          confirmLabel={t('entry.undoConfirm')}
          disabled={typed === 0}
          onConfirm={undo}
        />
        <ConfirmAction
          label={t('entry.finish')}
          question={t('entry.finishQuestion', { keyed: typed })}
          confirmLabel={t('entry.finishConfirm')}
          onConfirm={finish}
        />
        <button type="button" className="secondary" onClick={() => setHelpOpen(true)}>
          {t('entryKey.showAll')}
        </button>
      </FormActions>
    </section>
  );
}
