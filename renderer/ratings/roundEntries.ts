import { subjectGroup } from '../../shared/ratings/ratingLevels';
import type { RatingEntry } from '../../shared/ratings/ratingSchemas';
import { matchesWordStarts } from '../../shared/text/vietnamese';

/** The entries of one organisation on the round page: the organisation itself, its collective, its members. */
export interface RoundEntryGroup {
  /** The organisation's subject id (the key of the group). */
  readonly id: string;
  readonly name: string;
  /** The organisation's own entry; null only for people whose organisation is not in the round. */
  readonly organisation: RatingEntry | null;
  /** In the round's order: the organisation, its collective, its head, its members. */
  readonly entries: readonly RatingEntry[];
}

/**
 * The round's entries grouped by organisation, keeping the core's order (seed 003's: the
 * collective before the people, the leaders before the members; parents before the organisations
 * under them). An organisation's group holds its own entry first, so it is rated with its people.
 */
export function groupRoundEntries(entries: readonly RatingEntry[]): RoundEntryGroup[] {
  const groups: { id: string; name: string; organisation: RatingEntry | null; entries: RatingEntry[] }[] = [];
  const byOrganisation = new Map<string, (typeof groups)[number]>();
  for (const entry of entries) {
    if (subjectGroup(entry.kind) === 'organisation') {
      const group = { id: entry.subjectId, name: entry.name, organisation: entry, entries: [entry] };
      groups.push(group);
      byOrganisation.set(entry.subjectId, group);
      continue;
    }
    const id = entry.organisationId ?? '';
    const home = byOrganisation.get(id);
    if (home) home.entries.push(entry);
    else {
      // Not expected (a round enters every organisation of its people), but nobody is dropped.
      const group = { id, name: entry.organisationName ?? '', organisation: null, entries: [entry] };
      groups.push(group);
      byOrganisation.set(id, group);
    }
  }
  return groups;
}

export interface RoundFilter {
  /** Word starts of names, diacritics optional ("ng hang" finds "Nguyễn Thị Hằng"). */
  readonly search: string;
  readonly onlyUndecided: boolean;
}

/**
 * The groups as the filter leaves them: a search that matches an organisation's name keeps all
 * of it, otherwise only the entries whose names match; "only undecided" leaves out what is
 * decided. A group with nothing left is left out.
 */
export function filterRoundGroups(groups: readonly RoundEntryGroup[], filter: RoundFilter): RoundEntryGroup[] {
  const searching = filter.search.trim() !== '';
  return groups.flatMap((group) => {
    const wholeGroup = !searching || matchesWordStarts(group.name, filter.search);
    const entries = group.entries.filter(
      (entry) =>
        (!filter.onlyUndecided || entry.decidedLevel === null) &&
        (wholeGroup || matchesWordStarts(entry.name, filter.search)),
    );
    return entries.length > 0 ? [{ ...group, entries }] : [];
  });
}

/** How many entries the groups hold. */
export function countEntries(groups: readonly RoundEntryGroup[]): number {
  return groups.reduce((sum, group) => sum + group.entries.length, 0);
}

/**
 * Where "next" goes from the panel, so a keyboard user rates one entry after another: the first
 * entry after the chosen one, in the round's order, that the filter shows. The chosen one may be
 * hidden by now (just decided, with "only undecided" on): the next is still the one after it.
 */
export function nextShownEntry(
  groups: readonly RoundEntryGroup[],
  shown: readonly RoundEntryGroup[],
  chosenId: string,
): RatingEntry | null {
  const all = groups.flatMap((group) => group.entries);
  const visible = new Set(shown.flatMap((group) => group.entries.map((entry) => entry.subjectId)));
  const index = all.findIndex((entry) => entry.subjectId === chosenId);
  return all.slice(index + 1).find((entry) => visible.has(entry.subjectId)) ?? null;
}
