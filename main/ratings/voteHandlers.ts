import type { ratingsCalls } from '../../shared/contract/ratingsCalls';
import { fail } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { subjectGroup } from '../../shared/ratings/ratingLevels';
import type { RatingEntry } from '../../shared/ratings/ratingSchemas';
import { memberRatingForm } from '../../shared/templates/builtInTemplates';
import { templateContentSchema } from '../../shared/templates/templateContent';
import { type Handlers, signedInUser } from '../base/handlers';
import { insertCampaign, insertUnits, listUnits, replaceContests, setCampaignStatus } from '../campaigns';
import { createTemplate, freezeTemplateVersions } from '../templates';
import type { VaultStore, WritableDB } from '../vault';
import { getRound, listEntries } from './roundStore';
import { cellUnitType, getStoredVote, insertVote, listStoredVotes, voteWithTally, votedSubjects } from './voteStore';

type VoteCalls = Pick<typeof ratingsCalls, 'ratings.prepareVote' | 'ratings.votes'>;

const now = () => new Date().toISOString();

/** Why these subjects cannot be voted on together in this organisation's vote, or null when they can. */
function voteProblem(
  entries: readonly RatingEntry[],
  voted: ReadonlySet<string>,
  organisation: RatingEntry,
  subjectIds: readonly string[],
) {
  const byId = new Map(entries.map((entry) => [entry.subjectId, entry]));
  const seen = new Set<string>();
  for (const subjectId of subjectIds) {
    const entry = byId.get(subjectId);
    const name = entry?.name ?? subjectId;
    if (seen.has(subjectId)) return message('core.ratings.twice', { name });
    seen.add(subjectId);
    if (!entry || entry.organisationId !== organisation.subjectId || subjectGroup(entry.kind) === 'organisation')
      return message('core.ratings.notOfOrganisation', { name, organisation: organisation.name });
    if (voted.has(subjectId)) return message('core.ratings.votedAlready', { name });
    if (entry.decidedLevel) return message('core.ratings.decidedAlready', { name });
  }
  return null;
}

/**
 * The vote's place at the counting desk: a campaign of its own (open, so it is keyed at once),
 * one unit — the organisation — and one contest on the member rating form whose rows are the
 * subjects, frozen like any form a ballot is printed from.
 */
function setUpVoteCampaign(
  db: WritableDB,
  vote: { year: number; organisation: RatingEntry; subjects: readonly RatingEntry[]; pollDate: string },
  convened: number | null,
) {
  const at = now();
  const { organisation, subjects, year, pollDate } = vote;
  const title = `Biểu quyết xếp loại chất lượng năm ${year} – ${organisation.name}`;
  const content = templateContentSchema.parse({
    ...memberRatingForm,
    subtitle: `${organisation.name} – năm ${year}`,
    criteria: subjects.map((subject) => ({ text: subject.name })),
  });
  const form = createTemplate(db, `Phiếu xếp loại chất lượng – ${organisation.name}, năm ${year}`, content, at);
  const unitType = cellUnitType(db);
  const campaignId = insertCampaign(
    db,
    {
      name: title,
      planNumber: '',
      planDate: pollDate,
      issuingBody: organisation.organisationName ?? organisation.name,
      locality: '',
      year,
      percentageBase: 'valid',
      keyingsRequired: 2,
      flagThresholdPercent: 20,
      textFloor: 10,
      auditSampleSize: 0,
      auditWarningPerThousand: 1,
      // A secret ballot like any other: the same rule as a new campaign's.
      refuseWhileOnline: true,
      schedule: [{ unitType, pollDate, templateVersionId: form.id }],
    },
    at,
  );
  insertUnits(db, campaignId, [
    {
      unitType,
      name: organisation.name,
      parentBody: organisation.organisationName ?? '',
      convened,
      subjects: [
        { fullName: organisation.name, positions: [`Biểu quyết xếp loại chất lượng năm ${year}`], startedAt: null },
      ],
    },
  ]);
  const [unit] = listUnits(db, campaignId);
  const contestId = crypto.randomUUID();
  replaceContests(db, campaignId, [{ id: contestId, subjectId: unit!.subjects[0]!.id, templateVersionId: form.id }]);
  freezeTemplateVersions(db, [form.id], at);
  setCampaignStatus(db, campaignId, 'open');
  return { campaignId, contestId };
}

export function createVoteHandlers(store: VaultStore): Handlers<VoteCalls> {
  return {
    'ratings.prepareVote': ({ roundId, organisationId, subjectIds, pollDate, convened }, context) =>
      store.write(
        signedInUser(context),
        'rating.votePrepared',
        { roundId, organisationId, subjects: subjectIds.length, pollDate },
        (db) => {
          const round = getRound(db, roundId);
          const entries = listEntries(db, roundId);
          const organisation = entries.find((entry) => entry.subjectId === organisationId);
          if (!organisation || subjectGroup(organisation.kind) !== 'organisation')
            return fail('RATING_VOTE_INVALID', {
              reason: message('core.ratings.notAnOrganisation', { name: organisation?.name ?? organisationId }),
            });
          const problem = voteProblem(entries, votedSubjects(db, roundId), organisation, subjectIds);
          if (problem) return fail('RATING_VOTE_INVALID', { reason: problem });
          const subjects = subjectIds.map((id) => entries.find((entry) => entry.subjectId === id)!);
          const { campaignId, contestId } = setUpVoteCampaign(
            db,
            { year: round.year, organisation, subjects, pollDate },
            convened,
          );
          const voteId = insertVote(
            db,
            { roundId, organisationId, campaignId, contestId, pollDate, subjectIds },
            now(),
          );
          return voteWithTally(db, getStoredVote(db, voteId));
        },
      ),

    'ratings.votes': ({ roundId }) =>
      store.read((db) => {
        getRound(db, roundId);
        return listStoredVotes(db, roundId).map((vote) => voteWithTally(db, vote));
      }),
  };
}
