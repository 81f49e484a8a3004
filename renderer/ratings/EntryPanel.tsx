import { useCallback, useEffect, useRef } from 'react';
import { contract, mayCall } from '../../shared/contract';
import { ratedSubjectKindInfo } from '../../shared/ratings/ratingLevels';
import type { RatingEntry, RatingRecord, RatingRound } from '../../shared/ratings/ratingSchemas';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { navigate } from '../app/navigate';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { AssessForm } from './AssessForm';
import { DecideForm } from './DecideForm';
import { EntryVoteResult } from './EntryVoteResult';
import { RecordForm } from './RecordForm';
import { roundHref } from './roundRoutes';

const isField = (target: EventTarget) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

/** The number and date of a decision as typed (dd/mm/yyyy), offered again for the next entry. */
export interface DecisionReference {
  readonly decisionNumber: string;
  readonly decisionDate: string;
}

/**
 * The chosen entry of a round: who or what it is, its self-assessment and proposed level, the
 * decision, and its shortcomings and disciplinary measures. The focus lands on its heading when it
 * opens; Escape (or "Đóng") closes it.
 */
export function EntryPanel({
  round,
  entry,
  user,
  next,
  lastDecision,
  onDecided,
}: {
  round: RatingRound;
  entry: RatingEntry;
  user: SessionUser;
  /** The entry after this one in the list as filtered, if any. */
  next: RatingEntry | null;
  lastDecision: DecisionReference | null;
  onDecided: (decision: DecisionReference) => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const loadRecords = useCallback(
    () => session.call('ratings.records', { subjectId: entry.subjectId }),
    [session, entry.subjectId],
  );
  const records = useLoaded<RatingRecord[]>(loadRecords, []);
  const close = roundHref(round.id);

  useEffect(() => heading.current?.focus(), []);

  const details = [
    pick(ratedSubjectKindInfo[entry.kind].label),
    entry.position,
    entry.headOf ? t('round.head') : '',
    entry.organisationName ? t('entry.of', { organisation: entry.organisationName }) : '',
  ].filter(Boolean);

  return (
    <section
      className="entry-panel"
      aria-labelledby="entry-heading"
      data-focus-home
      tabIndex={-1}
      onKeyDown={(event) => {
        // Not from a field: Escape there must not throw away what is being typed.
        if (event.key === 'Escape' && !isField(event.target)) navigate(close);
      }}
    >
      <h3 id="entry-heading" ref={heading} tabIndex={-1}>
        {entry.name}
      </h3>
      <p className="note">{details.join(' · ')}</p>
      <p>
        <a href={close}>{t('entry.close')}</a>
      </p>
      <AssessForm roundId={round.id} entry={entry} />
      <ErrorNotice error={records.error} />
      <EntryVoteResult roundId={round.id} subjectId={entry.subjectId} />
      <DecideForm
        roundId={round.id}
        entry={entry}
        records={records.value}
        lastDecision={lastDecision}
        onDecided={onDecided}
      />
      {next ? (
        <p>
          <a href={roundHref(round.id, 'entries', next.subjectId)}>{t('entry.next', { name: next.name })}</a>
        </p>
      ) : null}
      {mayCall(contract['ratings.addRecord'].access, user.role) ? (
        <RecordForm subjectId={entry.subjectId} year={round.year} />
      ) : null}
    </section>
  );
}
