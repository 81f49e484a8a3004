import type { Language } from '../../shared/i18n/language';
import type { RatingLevelId } from '../../shared/ratings/ratingLevels';
import { defaultRatingTargetSet, wholeShare, type RatingTargetSet } from '../../shared/ratings/ratingTargets';
import { shareText } from '../../shared/results/shareText';
import { yearFromText } from './targetsYears';

/**
 * The target sets as the administrator edits them: every field as typed, so a refusal (here or
 * by the core) keeps the input; turned into sets only when each field reads as what it must be.
 * A target's code, title, kinds and source are kept as they are: only its share and level change.
 */
export interface TargetDraft {
  readonly target: RatingTargetSet['targets'][number];
  /** The share as a percent, typed with a comma or a point ("97,00", "97.5"). */
  readonly share: string;
  readonly atLeast: RatingLevelId;
}

export interface TargetSetDraft {
  /** Names the set on the screen (React key, field ids) while it is edited; not saved. */
  readonly key: string;
  readonly planVi: string;
  readonly planEn: string;
  readonly fromYear: string;
  readonly toYear: string;
  readonly targets: readonly TargetDraft[];
}

export type DraftField = 'planVi' | 'planEn' | 'fromYear' | 'toYear' | `share:${number}`;
export type DraftProblemCode = 'required' | 'yearInvalid' | 'yearsReversed' | 'shareInvalid';

export interface DraftProblem {
  readonly setKey: string;
  readonly field: DraftField;
  readonly code: DraftProblemCode;
}

export type DraftOutcome =
  { readonly ok: true; readonly sets: RatingTargetSet[] } | { readonly ok: false; readonly problems: DraftProblem[] };

/**
 * A percent with at most two decimals, 0–100, as hundredths of a percent (97,5 → 9750), read
 * from the digits alone (no floating point); null when it is not one.
 */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths <= wholeShare ? hundredths : null;
}

/** A set as the form starts it: the share written with the language's decimal mark. */
export function draftOfSet(set: RatingTargetSet, key: string, language: Language): TargetSetDraft {
  return {
    key,
    planVi: set.plan.vi,
    planEn: set.plan.en,
    fromYear: String(set.fromYear),
    toYear: String(set.toYear),
    targets: set.targets.map((target) => ({
      target,
      share: shareText(target.share, language),
      atLeast: target.atLeast,
    })),
  };
}

export function draftsOfSets(sets: readonly RatingTargetSet[], language: Language): TargetSetDraft[] {
  return sets.map((set, index) => draftOfSet(set, `set-${index + 1}`, language));
}

/** A key no draft of the list has yet. */
export function nextDraftKey(drafts: readonly TargetSetDraft[]): string {
  const numbers = drafts.map((draft) => Number(/^set-(\d+)$/.exec(draft.key)?.[1] ?? 0));
  return `set-${Math.max(0, ...numbers) + 1}`;
}

/** The id of a field of a draft, so a label, an error and the focus can find it. */
export function draftFieldId(setKey: string, field: DraftField): string {
  return `targets-${setKey}-${field.replace(':', '-')}`;
}

/**
 * A set for one year apart from its plan: the targets (as edited) of the set that covers the year
 * — the narrowest, as the core chooses — or of the first set, with its own plan name to type.
 */
export function yearApartDraft(drafts: readonly TargetSetDraft[], year: number, key: string): TargetSetDraft {
  let base: TargetSetDraft | null = null;
  let baseSpan = Infinity;
  for (const draft of drafts) {
    const from = yearFromText(draft.fromYear);
    const to = yearFromText(draft.toYear);
    if (from === null || to === null || year < from || year > to) continue;
    if (to - from <= baseSpan) {
      base = draft;
      baseSpan = to - from;
    }
  }
  const targets = (base ?? drafts[0])?.targets ?? draftOfSet(defaultRatingTargetSet(), key, 'vi').targets;
  return { key, planVi: '', planEn: '', fromYear: String(year), toYear: String(year), targets: [...targets] };
}

/** Each field read as what it must be; the problems in the order of the form, so the first is the one to show. */
export function setsFromDrafts(drafts: readonly TargetSetDraft[]): DraftOutcome {
  const problems: DraftProblem[] = [];
  const sets: RatingTargetSet[] = [];
  for (const draft of drafts) {
    const problem = (field: DraftField, code: DraftProblemCode) => problems.push({ setKey: draft.key, field, code });
    const planVi = draft.planVi.trim();
    const planEn = draft.planEn.trim();
    if (planVi === '') problem('planVi', 'required');
    if (planEn === '') problem('planEn', 'required');
    const fromYear = yearFromText(draft.fromYear);
    const toYear = yearFromText(draft.toYear);
    if (fromYear === null) problem('fromYear', 'yearInvalid');
    if (toYear === null) problem('toYear', 'yearInvalid');
    else if (fromYear !== null && toYear < fromYear) problem('toYear', 'yearsReversed');
    const targets = draft.targets.map((entry, index) => {
      const share = parsePercent(entry.share);
      if (share === null) problem(`share:${index}`, 'shareInvalid');
      return { ...entry.target, share: share ?? 0, atLeast: entry.atLeast };
    });
    if (fromYear !== null && toYear !== null)
      sets.push({ plan: { vi: planVi, en: planEn }, fromYear, toYear, targets });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sets };
}
