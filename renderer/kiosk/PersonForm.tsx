import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { markLabelsOf, subtitleFor, type KioskContest, type PersonMarks } from './kioskBallots';
import { MarkRow } from './MarkRow';
import { CancelVoting } from './CancelVoting';

/**
 * One person's form, exactly as the paper reads: the title, the criteria with their marks, the
 * notes, "Ý kiến khác", then the prestige. The keyboard starts on the first row; a digit marks
 * a row and moves on, so a whole form is its digits and Enter.
 */
export function PersonForm({
  contest,
  unitName,
  position,
  total,
  marks,
  nextLabel,
  onChange,
  onPrevious,
  onNext,
  onCancel,
}: {
  contest: KioskContest;
  unitName: string;
  position: number;
  total: number;
  marks: PersonMarks;
  nextLabel: string;
  onChange: (marks: PersonMarks) => void;
  onPrevious: (() => void) | null;
  onNext: () => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const form = contest.form;
  const prefix = `kiosk-${useId().replace(/:/g, '')}`;
  const rows = useRef<Array<HTMLFieldSetElement | null>>([]);
  const next = useRef<HTMLButtonElement>(null);
  const labels = markLabelsOf(form);
  const hasPrestige = form.prestigeHeading !== null;
  const rowCount = form.criteria.length + (hasPrestige ? 1 : 0);

  const focusRow = (index: number) => {
    if (index >= rowCount) return next.current?.focus();
    const group = rows.current[Math.max(0, index)];
    (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector('input'))?.focus();
  };
  useEffect(() => {
    const first = rows.current[0];
    (first?.querySelector<HTMLInputElement>('input:checked') ?? first?.querySelector('input'))?.focus();
  }, []);

  const setAnswer = (row: number, mark: number) =>
    onChange({ ...marks, answers: marks.answers.map((answer, index) => (index === row ? mark : answer)) });
  const setNote = (row: number, text: string) => onChange({ ...marks, notes: { ...marks.notes, [row + 1]: text } });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onNext();
  };
  const formElement = useRef<HTMLFormElement>(null);
  const goOn = () => formElement.current?.requestSubmit();

  return (
    <form ref={formElement} className="kiosk-paper" onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
      <h1 id={`${prefix}-heading`} className="kiosk-person">
        {t('kiosk.person', { position, total, name: contest.subjectName })}
      </h1>
      <p className="kiosk-positions">{contest.positions.join('; ')}</p>
      <div className="kiosk-paper-head">
        <p className="kiosk-paper-title">{form.title}</p>
        <p className="kiosk-paper-subtitle">{subtitleFor(form, contest.subjectName, unitName)}</p>
      </div>
      <p className="kiosk-hint">{form.scale === 'points10' ? t('kiosk.keysPoints') : t('kiosk.keysLevels')}</p>
      <h2>{form.criteriaHeading}</h2>
      <p className="kiosk-hint">{form.levelsColumn}</p>
      {form.criteria.map((criterion, index) => (
        <div key={index} className="kiosk-criterion">
          <MarkRow
            number={index + 1}
            text={criterion.text}
            labels={labels}
            showNumbers={form.showLevelNumbers}
            value={marks.answers[index] ?? 0}
            groupRef={(element) => {
              rows.current[index] = element;
            }}
            onPick={(mark) => setAnswer(index, mark)}
            onMove={(step) => focusRow(index + step)}
            onEnter={goOn}
          />
          {form.noteColumn !== null ? (
            <div className="kiosk-note">
              <label htmlFor={`${prefix}-note-${index + 1}`}>{t('kiosk.noteLabel', { row: index + 1 })}</label>
              <input
                id={`${prefix}-note-${index + 1}`}
                autoComplete="off"
                maxLength={4000}
                value={marks.notes[String(index + 1)] ?? ''}
                onChange={(event) => setNote(index, event.target.value)}
              />
            </div>
          ) : null}
        </div>
      ))}
      {form.otherHeading !== null ? (
        <div className="kiosk-other">
          <h2>
            <label htmlFor={`${prefix}-other`}>{form.otherHeading}</label>
          </h2>
          <textarea
            id={`${prefix}-other`}
            autoComplete="off"
            rows={3}
            maxLength={4000}
            value={marks.other}
            onChange={(event) => onChange({ ...marks, other: event.target.value })}
          />
        </div>
      ) : null}
      {hasPrestige ? (
        <div className="kiosk-prestige">
          <MarkRow
            number={null}
            text={form.prestigeHeading ?? ''}
            labels={form.prestigeLevels}
            showNumbers
            value={marks.prestige}
            groupRef={(element) => {
              rows.current[form.criteria.length] = element;
            }}
            onPick={(mark) => onChange({ ...marks, prestige: mark })}
            onMove={(step) => focusRow(form.criteria.length + step)}
            onEnter={goOn}
          />
        </div>
      ) : null}
      <div className="kiosk-actions">
        {onPrevious ? (
          <button type="button" className="secondary kiosk-secondary" onClick={onPrevious}>
            {t('kiosk.previous')}
          </button>
        ) : null}
        <button ref={next} type="submit" className="kiosk-primary">
          {nextLabel}
        </button>
        <CancelVoting onCancel={onCancel} />
      </div>
    </form>
  );
}
