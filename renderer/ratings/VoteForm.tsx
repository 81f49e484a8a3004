import { useMemo, useState, type FormEvent } from 'react';
import type { RatingEntry, RatingVote } from '../../shared/ratings/ratingSchemas';
import { deskPlaces } from '../counting/deskPlaces';
import { dateInputProps, dateText } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions, SelectField } from '../forms/Field';
import { useReturnFocus } from '../forms/focusKeeping';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { OrganisationOptions } from './OrganisationOptions';
import {
  availableSubjectIds,
  maxConvened,
  roundOrganisations,
  voteCandidates,
  voteRequestOf,
  type VoteDraft,
  type VoteDraftField,
  type VoteDraftProblem,
  type VoteRequest,
} from './voteChoices';
import { VoteSubjectChoices } from './VoteSubjectChoices';

const fieldIds: Record<Exclude<VoteDraftField, 'chosen'>, string> = {
  organisationId: 'vote-organisation',
  pollDate: 'vote-poll-date',
  convened: 'vote-convened',
};
const fieldOrder: readonly VoteDraftField[] = ['organisationId', 'chosen', 'pollDate', 'convened'];

const emptyDraft: VoteDraft = { organisationId: '', chosen: [], pollDate: '', convened: '' };

/**
 * The administrator's "Lập cuộc biểu quyết": an organisation of the round, which of its collective
 * and members the ballot lists (those still open to a vote ticked), the poll date and how many are
 * convened. It asks before making the vote's campaign at the counting desk; what the core refuses
 * (RATING_VOTE_INVALID names who and why) shows here and the input stays. A vote made is handed to
 * `onCreated`, which focuses it.
 */
export function VoteForm({
  roundId,
  entries,
  votes,
  onCreated,
}: {
  roundId: string;
  entries: readonly RatingEntry[];
  votes: readonly RatingVote[];
  onCreated: (vote: RatingVote) => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const creating = useSubmission();
  const [draft, setDraft] = useState<VoteDraft>(emptyDraft);
  // Field problems show once "Lập cuộc biểu quyết" was pressed, and follow the input from then on.
  const [attempted, setAttempted] = useState(false);
  const [asking, setAsking] = useState<VoteRequest | null>(null);
  const [created, setCreated] = useState<RatingVote | null>(null);
  const { opener, returnFocus } = useReturnFocus<HTMLButtonElement>();

  const organisations = useMemo(
    () => roundOrganisations(entries).filter((organisation) => organisation.candidates > 0),
    [entries],
  );
  const organisation = organisations.find((candidate) => candidate.id === draft.organisationId) ?? null;
  const candidates = useMemo(
    () => (draft.organisationId ? voteCandidates(entries, votes, draft.organisationId) : []),
    [entries, votes, draft.organisationId],
  );
  const outcome = voteRequestOf(draft, candidates);
  const problems = attempted && !outcome.ok ? outcome.problems : {};
  const problemText = (code: VoteDraftProblem) =>
    code === 'required'
      ? t('form.required')
      : code === 'dateInvalid'
        ? t('form.dateInvalid')
        : code === 'noSubject'
          ? t('voteForm.noSubject')
          : t('voteForm.convenedInvalid', { max: maxConvened });
  const problem = (field: VoteDraftField) => {
    const code = problems[field];
    return code ? problemText(code) : null;
  };
  const fieldError = (field: VoteDraftField) => {
    const text = problem(field);
    return text ? { message: text } : undefined;
  };

  const edit = (change: Partial<VoteDraft>) => {
    setAsking(null);
    setCreated(null);
    setDraft((current) => ({ ...current, ...change }));
  };

  const chooseOrganisation = (organisationId: string) => {
    const chosen = organisations.find((candidate) => candidate.id === organisationId);
    edit({
      organisationId,
      chosen: organisationId ? availableSubjectIds(voteCandidates(entries, votes, organisationId)) : [],
      convened: chosen && chosen.members > 0 ? String(chosen.members) : '',
    });
  };

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (creating.pending) return;
    setAttempted(true);
    setCreated(null);
    if (outcome.ok) {
      setAsking(outcome.request);
      return;
    }
    // The focus goes to the first thing to correct (for the subjects, the first box that may be ticked).
    const first = fieldOrder.find((field) => outcome.problems[field]);
    const firstBox = availableSubjectIds(candidates)[0];
    const id =
      first === 'chosen' ? (firstBox ? `vote-subject-${firstBox}` : fieldIds.organisationId) : first && fieldIds[first];
    if (id) document.getElementById(id)?.focus();
  };

  const answered = () => {
    setAsking(null);
    returnFocus();
  };

  const create = async (request: VoteRequest) => {
    setAsking(null);
    const result = await creating.submit(() => session.call('ratings.prepareVote', { roundId, ...request }));
    if (!result.ok) {
      returnFocus();
      return;
    }
    setCreated(result.value);
    setAttempted(false);
    setDraft({ ...emptyDraft, pollDate: draft.pollDate });
    onCreated(result.value);
  };

  return (
    <form
      className="vote-form"
      aria-labelledby="vote-form-heading"
      data-focus-home
      tabIndex={-1}
      noValidate
      onSubmit={ask}
    >
      <h3 id="vote-form-heading">{t('voteForm.heading')}</h3>
      <p className="field-hint">{t('voteForm.hint')}</p>
      {organisations.length === 0 ? <p className="note">{t('voteForm.noOrganisation')}</p> : null}
      <SelectField
        id={fieldIds.organisationId}
        label={t('voteForm.organisation')}
        value={draft.organisationId}
        error={fieldError('organisationId')}
        onChange={(event) => chooseOrganisation(event.target.value)}
      >
        <OrganisationOptions organisations={organisations} none={t('voteForm.chooseOrganisation')} />
      </SelectField>
      {organisation ? (
        <VoteSubjectChoices
          candidates={candidates}
          chosen={draft.chosen}
          error={problem('chosen')}
          onChange={(chosen) => edit({ chosen })}
        />
      ) : null}
      <Field
        id={fieldIds.pollDate}
        label={t('voteForm.pollDate')}
        hint={t('voteForm.pollDateHint')}
        {...dateInputProps}
        value={draft.pollDate}
        error={fieldError('pollDate')}
        onChange={(event) => edit({ pollDate: event.target.value })}
      />
      <Field
        id={fieldIds.convened}
        label={t('voteForm.convened')}
        hint={t('voteForm.convenedHint')}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={6}
        value={draft.convened}
        error={fieldError('convened')}
        onChange={(event) => edit({ convened: event.target.value })}
      />
      <ErrorNotice error={creating.error} />
      {asking && organisation ? (
        <div
          className="inline-confirm"
          role="group"
          aria-label={t('voteForm.question', {
            organisation: organisation.name,
            date: dateText(asking.pollDate),
            count: asking.subjectIds.length,
          })}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              answered();
            }
          }}
        >
          <p>
            {t('voteForm.question', {
              organisation: organisation.name,
              date: dateText(asking.pollDate),
              count: asking.subjectIds.length,
            })}
          </p>
          <FormActions>
            <button type="button" autoFocus onClick={() => void create(asking)}>
              {t('voteForm.confirm')}
            </button>
            <button type="button" className="secondary" onClick={answered}>
              {t('confirm.cancel')}
            </button>
          </FormActions>
        </div>
      ) : (
        <FormActions>
          {/* Not disabled while the vote is made: the focus comes back to it if the core refuses. */}
          <button ref={opener} type="submit" aria-busy={creating.pending}>
            {t('voteForm.submit')}
          </button>
          {creating.pending ? <span role="status">{t('voteForm.creating')}</span> : null}
        </FormActions>
      )}
      {created ? (
        <p role="status" className="notice">
          {t('voteForm.created', { organisation: created.organisationName, date: dateText(created.pollDate) })}{' '}
          <a href={deskPlaces(created.campaignId).unit(created.unitId)}>{t('vote.openDesk')}</a>
        </p>
      ) : null}
    </form>
  );
}
