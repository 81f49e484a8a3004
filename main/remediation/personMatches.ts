import { proposeMatch } from '../../shared/remediation/personMatching';
import type { PersonMatch } from '../../shared/remediation/remediationSchemas';
import type { ReadableDB } from '../vault';
import { campaignRef, previousCampaign } from './campaignHistory';
import { matchDecisions, peopleOf, type CampaignPerson } from './matchStore';

const candidate = ({ subjectId, subjectName, unitName, positions }: CampaignPerson) => ({
  subjectId,
  subjectName,
  unitName,
  positions,
});

/**
 * Each person of a campaign with who they were last year: a decision someone took stands
 * (confirmed or rejected); otherwise the same name in a unit of the same name is taken as
 * certain, nobody alike needs no review, and everything between waits for one.
 */
function matchOf(
  person: CampaignPerson,
  previous: readonly CampaignPerson[],
  decisions: ReadonlyMap<string, string | null>,
): PersonMatch {
  const proposed = proposeMatch(person, previous);
  const base = { ...candidate(person), kind: proposed.kind, candidates: proposed.candidates.map(candidate) };
  if (decisions.has(person.subjectId)) {
    const decided = previous.find((other) => other.subjectId === decisions.get(person.subjectId));
    return { ...base, decision: decided ? 'confirmed' : 'rejected', matched: decided ? candidate(decided) : null };
  }
  if (proposed.kind === 'same') return { ...base, decision: 'auto', matched: candidate(proposed.candidates[0]!) };
  if (proposed.kind === 'none') return { ...base, decision: 'auto', matched: null };
  return { ...base, decision: 'pending', matched: null };
}

export function personMatches(db: ReadableDB, campaignId: string) {
  const previous = previousCampaign(db, campaignId);
  const before = previous ? peopleOf(db, previous.id) : [];
  const decisions = matchDecisions(db, campaignId);
  return {
    previousCampaign: previous ? campaignRef(previous) : null,
    people: peopleOf(db, campaignId).map((person) => matchOf(person, before, decisions)),
  };
}
