import { useEffect, useRef } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import type { KioskBallotPaper } from '../../shared/kiosk/kioskSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { TableHead } from '../forms/TableHead';
import { useLanguage } from '../i18n/LanguageContext';
import { ballotOf, markLabelsOf, type PersonMarks } from './kioskBallots';
import { CancelVoting } from './CancelVoting';

/** Before sending: each person's marks as chosen, "Sửa" back to that person, then "Gửi phiếu". */
export function ReviewPage({
  paper,
  marks,
  sending,
  error,
  onEdit,
  onSend,
  onCancel,
}: {
  paper: KioskBallotPaper;
  marks: readonly PersonMarks[];
  sending: boolean;
  error: ErrorPayload | null;
  onEdit: (index: number) => void;
  onSend: () => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const send = useRef<HTMLButtonElement>(null);
  useEffect(() => send.current?.focus(), []);
  return (
    <section className="kiosk-review" aria-labelledby="kiosk-review-heading">
      <h1 id="kiosk-review-heading">{t('kiosk.reviewHeading')}</h1>
      <p>{t('kiosk.reviewIntro')}</p>
      {paper.contests.map((contest, index) => (
        <PersonReview key={contest.contestId} contest={contest} marks={marks[index]!} onEdit={() => onEdit(index)} />
      ))}
      <ErrorNotice error={error} />
      <div className="kiosk-actions">
        <button ref={send} type="button" className="kiosk-primary" disabled={sending} onClick={onSend}>
          {t('kiosk.send')}
        </button>
        <CancelVoting onCancel={onCancel} />
        {sending ? <p role="status">{t('kiosk.sending')}</p> : null}
      </div>
    </section>
  );
}

function PersonReview({
  contest,
  marks,
  onEdit,
}: {
  contest: KioskBallotPaper['contests'][number];
  marks: PersonMarks;
  onEdit: () => void;
}) {
  const { t } = useLanguage();
  const form = contest.form;
  const labels = markLabelsOf(form);
  const named = (mark: number, names: readonly string[]) =>
    mark > 0
      ? form.showLevelNumbers
        ? `(${mark}) ${names[mark - 1] ?? ''}`
        : (names[mark - 1] ?? String(mark))
      : t('kiosk.noMark');
  const headingId = `kiosk-review-${contest.contestId}`;
  const blank = !ballotOf(marks).valid;
  return (
    <section className="kiosk-review-person" aria-labelledby={headingId} data-contest={contest.subjectName}>
      <h2 id={headingId}>
        {contest.subjectName} <span className="kiosk-positions">({contest.positions.join('; ')})</span>
      </h2>
      <button
        type="button"
        className="secondary"
        aria-label={t('kiosk.editLabel', { name: contest.subjectName })}
        onClick={onEdit}
      >
        {t('kiosk.edit')}
      </button>
      {blank ? (
        <p className="kiosk-blank">{t('kiosk.blankBallot')}</p>
      ) : (
        <table className="kiosk-review-table">
          <caption>{form.criteriaHeading}</caption>
          <TableHead labels={['TT', form.criteriaColumn, form.levelsColumn, t('kiosk.notes')]} />
          <tbody>
            {form.criteria.map((criterion, row) => (
              <tr key={row} data-row={row + 1}>
                <td>{row + 1}</td>
                <td>{criterion.text}</td>
                <td className={marks.answers[row] ? 'kiosk-chosen' : 'kiosk-unmarked'}>
                  {named(marks.answers[row] ?? 0, labels)}
                </td>
                <td>{marks.notes[String(row + 1)]?.trim() ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!blank && form.otherHeading !== null && marks.other.trim() ? (
        <p>
          <strong>{form.otherHeading}:</strong> {marks.other.trim()}
        </p>
      ) : null}
      {!blank && form.prestigeHeading !== null ? (
        <p data-testid="review-prestige">
          <strong>{form.prestigeHeading}:</strong> {named(marks.prestige, form.prestigeLevels)}
        </p>
      ) : null}
    </section>
  );
}
