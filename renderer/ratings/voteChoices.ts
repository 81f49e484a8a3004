import { parseDayMonthYear } from '../../shared/campaigns/calendar';
import { subjectGroup } from '../../shared/ratings/ratingLevels';
import type { RatingEntry, RatingVote } from '../../shared/ratings/ratingSchemas';

/** An organisation of the round, as its drop-downs offer it. */
export interface RoundOrganisation {
  readonly id: string;
  readonly name: string;
  /** The organisation it stands under in the round, if any. */
  readonly parentName: string | null;
  /** Its collective and members: who a vote of it may be about. */
  readonly candidates: number;
  /** Its members: those convened to its vote, unless told otherwise. */
  readonly members: number;
}

/** The round's organisations in the round's order (parents before those under them, as the entries show them). */
export function roundOrganisations(entries: readonly RatingEntry[]): RoundOrganisation[] {
  return entries
    .filter((entry) => subjectGroup(entry.kind) === 'organisation')
    .map((organisation) => {
      const own = entries.filter(
        (entry) => entry.organisationId === organisation.subjectId && subjectGroup(entry.kind) !== 'organisation',
      );
      return {
        id: organisation.subjectId,
        name: organisation.name,
        parentName: organisation.organisationName,
        candidates: own.length,
        members: own.filter((entry) => entry.kind === 'member').length,
      };
    });
}

/** A run of organisations under one parent (null: at the top), kept in order: a drop-down's option group. */
export interface OrganisationRun {
  readonly parentName: string | null;
  readonly organisations: readonly RoundOrganisation[];
}

/** The organisations cut where the parent changes, so a drop-down can group them without reordering them. */
export function runsByParent(organisations: readonly RoundOrganisation[]): OrganisationRun[] {
  const runs: { parentName: string | null; organisations: RoundOrganisation[] }[] = [];
  for (const organisation of organisations) {
    const last = runs.at(-1);
    if (last && last.parentName === organisation.parentName) last.organisations.push(organisation);
    else runs.push({ parentName: organisation.parentName, organisations: [organisation] });
  }
  return runs;
}

/** Why a subject cannot be put to a new vote: its level is decided, or it is in a vote already. */
export type VoteUnavailable = { readonly reason: 'decided' } | { readonly reason: 'inVote'; readonly pollDate: string };

/** The organisation's collective and members, in the round's order, each with why it cannot be chosen (or null). */
export interface VoteCandidate {
  readonly entry: RatingEntry;
  readonly unavailable: VoteUnavailable | null;
}

/**
 * Who a vote of the organisation may be about: its collective and members, as the core allows
 * them (ratings.prepareVote refuses the rest anyway). A subject in a vote already says so first,
 * since that vote's result is where its level will come from.
 */
export function voteCandidates(
  entries: readonly RatingEntry[],
  votes: readonly RatingVote[],
  organisationId: string,
): VoteCandidate[] {
  const inVote = new Map<string, string>();
  for (const vote of votes) for (const subject of vote.subjects) inVote.set(subject.subjectId, vote.pollDate);
  return entries
    .filter((entry) => entry.organisationId === organisationId && subjectGroup(entry.kind) !== 'organisation')
    .map((entry) => {
      const pollDate = inVote.get(entry.subjectId);
      const unavailable: VoteUnavailable | null =
        pollDate !== undefined
          ? { reason: 'inVote', pollDate }
          : entry.decidedLevel !== null
            ? { reason: 'decided' }
            : null;
      return { entry, unavailable };
    });
}

/** Those checked when the organisation is chosen: everyone who may still be voted on. */
export function availableSubjectIds(candidates: readonly VoteCandidate[]): string[] {
  return candidates.filter((candidate) => candidate.unavailable === null).map((candidate) => candidate.entry.subjectId);
}

/** The vote form as typed: the organisation, the subjects checked, the poll date (dd/mm/yyyy) and those convened. */
export interface VoteDraft {
  readonly organisationId: string;
  readonly chosen: readonly string[];
  readonly pollDate: string;
  readonly convened: string;
}

export type VoteDraftField = 'organisationId' | 'chosen' | 'pollDate' | 'convened';
export type VoteDraftProblem = 'required' | 'noSubject' | 'dateInvalid' | 'convenedInvalid';

/** What ratings.prepareVote is asked, less the round. */
export interface VoteRequest {
  readonly organisationId: string;
  readonly subjectIds: string[];
  /** ISO day. */
  readonly pollDate: string;
  readonly convened: number | null;
}

/** The most people a vote may convene (the contract's bound). */
export const maxConvened = 100_000;

/**
 * The request the draft makes, or what to correct first, field by field. Only subjects that may
 * still be chosen go in, in the round's order (the order of the ballot's rows), whatever order
 * they were checked in; those convened may be left empty (not known yet).
 */
export function voteRequestOf(
  draft: VoteDraft,
  candidates: readonly VoteCandidate[],
):
  | { readonly ok: true; readonly request: VoteRequest }
  | { readonly ok: false; readonly problems: Partial<Record<VoteDraftField, VoteDraftProblem>> } {
  const problems: Partial<Record<VoteDraftField, VoteDraftProblem>> = {};
  if (draft.organisationId === '') problems.organisationId = 'required';
  const chosen = new Set(draft.chosen);
  const subjectIds = availableSubjectIds(candidates).filter((id) => chosen.has(id));
  if (draft.organisationId !== '' && subjectIds.length === 0) problems.chosen = 'noSubject';
  const pollDate = parseDayMonthYear(draft.pollDate);
  if (draft.pollDate.trim() === '') problems.pollDate = 'required';
  else if (pollDate === null) problems.pollDate = 'dateInvalid';
  const convenedText = draft.convened.trim();
  const convened = convenedText === '' ? null : /^\d+$/.test(convenedText) ? Number(convenedText) : Number.NaN;
  if (convened !== null && !(convened >= 1 && convened <= maxConvened)) problems.convened = 'convenedInvalid';
  if (Object.keys(problems).length > 0 || pollDate === null) return { ok: false, problems };
  return { ok: true, request: { organisationId: draft.organisationId, subjectIds, pollDate, convened } };
}
