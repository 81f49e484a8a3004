/*
 * The district's rating targets (chỉ tiêu), issue 17 point 4: what share of the rated subjects must
 * reach a level, how the year's decided levels measure up, and year over year.
 *
 * The defaults are target 3 of seed 004_48c10a64b9225a4b (Gia Lâm's 2021–2025 plan), section
 * "II. MỘT SỐ CHỈ TIÊU CHÍNH", under "3. Kết quả đánh giá xếp loại hàng năm trong các nhà trường:":
 *
 * CT03a  Party cells (chi bộ) at "Hoàn thành tốt nhiệm vụ" or higher: 97 % or more.
 *        "+ Chi bộ được xếp loại hoàn thành tốt nhiệm vụ đạt 97% trở lên."
 * CT03b  Party members (đảng viên) at "Hoàn thành tốt nhiệm vụ" or higher: 98 % or more.
 *        "+ Đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 98% trở lên."
 * CT03c  Socio-political organisations at "Hoàn thành tốt nhiệm vụ" or higher: 95 % or more.
 *        "+ Tổ chức chính trị - xã hội được tổ chức hội cấp trên công nhận xếp loại hoàn thành tốt
 *        nhiệm vụ đạt 95% trở lên."
 *
 * The three figures are the issue's. Two readings are ours, not the seed's words: "trở lên" (or
 * more) qualifies the share, and the seed does not say whether "Hoàn thành xuất sắc nhiệm vụ" counts
 * towards "hoàn thành tốt nhiệm vụ"; it is counted (threshold: at least 'good'), as issue 17 reads
 * it ("or better"). For CT03c the seed counts the level the upper-level association recognises
 * ("được tổ chức hội cấp trên công nhận"); the decided level given here is taken to be that one.
 *
 * Shares are integers in hundredths of a percent (basis points): 9700 = 97 %. Whether a target is
 * met is decided from the counts alone: met ⇔ meeting × 10000 ≥ target × counted. The actual share
 * is rounded once, half up, to 0.01 %: ⌊(20000 × meeting + counted) / (2 × counted)⌋ in integers; it
 * is for display only (96.995 % shows as 97.00 % and does not meet 97 %).
 *
 * The test test/shared/ratings/ratingTargets.test.ts finds every quoted sentence in the seed file.
 */
import type { Bilingual } from '../i18n/language';
import { shareText } from '../results/shareText';
import { bilingualSchema } from '../schema/common';
import { z } from '../schema/z';
import {
  compareRatingLevels,
  ratedSubjectKindSchema,
  ratingLevels,
  ratingLevelSchema,
  socioPoliticalOrganisationKinds,
  type RatedSubjectKind,
  type RatingLevelId,
} from './ratingLevels';
import { ratingSeedIds, type RatingSeedId } from './ratingRules';

/** 100 % in hundredths of a percent. */
export const wholeShare = 10000;

export type RatingTargetSource =
  | {
      readonly stated: true;
      readonly seed: RatingSeedId;
      /** The heading(s) the sentence stands under, each character for character. */
      readonly headings: readonly string[];
      /** The sentence of the seed, character for character. */
      readonly sentence: string;
    }
  | {
      readonly stated: false;
      /** Where a target the district set itself comes from (its plan, decision or meeting). */
      readonly note: Bilingual;
    };

export interface RatingTarget {
  /** CT03a… for the defaults (chỉ tiêu 3 of seed 004); any short code for a district's own. */
  readonly id: string;
  readonly title: Bilingual;
  /** The kinds of subject it counts (see ratedSubjectKindInfo for their groups and families). */
  readonly kinds: readonly RatedSubjectKind[];
  /** A subject meets the target at this level or higher. */
  readonly atLeast: RatingLevelId;
  /** The share that must meet it, in hundredths of a percent (9700 = 97 %), 0–10000. */
  readonly share: number;
  readonly source: RatingTargetSource;
}

const seed004: RatingSeedId = '004_48c10a64b9225a4b';
const seed004Headings = ['II. MỘT SỐ CHỈ TIÊU CHÍNH', '3. Kết quả đánh giá xếp loại hàng năm trong các nhà trường:'];

/** The targets seed 004 states, as a fresh copy each call (a plan or a year may change its own). */
export function defaultRatingTargets(): RatingTarget[] {
  return [
    {
      id: 'CT03a',
      title: {
        vi: 'Chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên',
        en: 'Party cells rated “Fulfilled duties well” or higher',
      },
      kinds: ['partyCell'],
      atLeast: 'good',
      share: 9700,
      source: {
        stated: true,
        seed: seed004,
        headings: [...seed004Headings],
        sentence: '+ Chi bộ được xếp loại hoàn thành tốt nhiệm vụ đạt 97% trở lên.',
      },
    },
    {
      id: 'CT03b',
      title: {
        vi: 'Đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên',
        en: 'Party members rated “Fulfilled duties well” or higher',
      },
      kinds: ['member'],
      atLeast: 'good',
      share: 9800,
      source: {
        stated: true,
        seed: seed004,
        headings: [...seed004Headings],
        sentence: '+ Đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 98% trở lên.',
      },
    },
    {
      id: 'CT03c',
      title: {
        vi: 'Tổ chức chính trị - xã hội được công nhận xếp loại hoàn thành tốt nhiệm vụ trở lên',
        en: 'Socio-political organisations recognised as “Fulfilled duties well” or higher',
      },
      kinds: [...socioPoliticalOrganisationKinds],
      atLeast: 'good',
      share: 9500,
      source: {
        stated: true,
        seed: seed004,
        headings: [...seed004Headings],
        sentence:
          '+ Tổ chức chính trị - xã hội được tổ chức hội cấp trên công nhận xếp loại hoàn thành tốt nhiệm vụ đạt 95% trở lên.',
      },
    },
  ];
}

const yearSchema = z.number().int().min(2000).max(2100);

export const ratingTargetSourceSchema = z.discriminatedUnion('stated', [
  z
    .object({
      stated: z.literal(true),
      seed: z.enum(ratingSeedIds),
      headings: z.array(z.string().min(1).max(500)).max(5),
      sentence: z.string().min(1).max(2000),
    })
    .strict(),
  z.object({ stated: z.literal(false), note: bilingualSchema }).strict(),
]);

export const ratingTargetSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/),
    title: bilingualSchema,
    kinds: z.array(ratedSubjectKindSchema).min(1).max(20),
    atLeast: ratingLevelSchema,
    share: z.number().int().min(0).max(wholeShare),
    source: ratingTargetSourceSchema,
  })
  .strict()
  .superRefine((target, context) => {
    if (new Set(target.kinds).size !== target.kinds.length)
      context.addIssue({ code: 'custom', path: ['kinds'], message: 'a kind is listed twice' });
  });

/**
 * A set of targets, as a plan sets them for its years (fromYear–toYear; a single year when the
 * district sets one year's targets apart).
 */
export const ratingTargetSetSchema = z
  .object({
    plan: bilingualSchema,
    fromYear: yearSchema,
    toYear: yearSchema,
    targets: z.array(ratingTargetSchema).min(1).max(50),
  })
  .strict()
  .superRefine((set, context) => {
    if (set.fromYear > set.toYear)
      context.addIssue({ code: 'custom', path: ['toYear'], message: 'the plan ends before it starts' });
    const ids = set.targets.map((target) => target.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['targets'], message: 'a target id is used twice' });
  });

export type RatingTargetSet = z.infer<typeof ratingTargetSetSchema>;

/** Seed 004's plan, 2021–2025, with its targets. */
export function defaultRatingTargetSet(): RatingTargetSet {
  return {
    plan: {
      vi: 'Kế hoạch nâng cao chất lượng hoạt động của chi bộ, các tổ chức chính trị - xã hội trong trường mầm non, tiểu học, THCS công lập thuộc huyện Gia Lâm, giai đoạn 2021 - 2025',
      en: 'Plan to raise the quality of the Party cells and socio-political organisations in Gia Lâm’s public nursery, primary and lower-secondary schools, 2021–2025',
    },
    fromYear: 2021,
    toYear: 2025,
    targets: defaultRatingTargets().map((target) => ratingTargetSchema.parse(target)),
  };
}

/**
 * The set that applies to a year: among the sets whose years include it, the one spanning the
 * fewest years (a year set apart overrides its plan); among equals, the later in the list. Null
 * when none covers the year.
 */
export function ratingTargetSetForYear(sets: readonly RatingTargetSet[], year: number): RatingTargetSet | null {
  let best: RatingTargetSet | null = null;
  for (const set of sets) {
    if (year < set.fromYear || year > set.toYear) continue;
    if (!best || set.toYear - set.fromYear <= best.toYear - best.fromYear) best = set;
  }
  return best;
}

/** One rated subject's decided level in the year, or null while none is decided. */
export interface DecidedLevel {
  readonly subjectId: string;
  readonly kind: RatedSubjectKind;
  /** The unit (school, cell…) it is counted under for "the units that pull it down"; null for none. */
  readonly unitId: string | null;
  readonly level: RatingLevelId | null;
}

export interface RatingTargetUnit {
  readonly id: string;
  readonly name: string;
}

/** An exact share meeting / counted, and its one rounding. */
export interface ShareCount {
  /** Subjects decided at the target's level or higher. */
  readonly meeting: number;
  /** Subjects of the target's kinds with a decided level. */
  readonly counted: number;
  /** Subjects of the target's kinds with no decided level yet: not counted. */
  readonly pending: number;
  /** meeting / counted in hundredths of a percent, rounded half up once; null when nothing is counted. */
  readonly actualShare: number | null;
}

export interface UnitBelowTarget extends ShareCount {
  readonly unitId: string;
  readonly unitName: string;
  /** How many of its counted subjects would have to reach the level for the unit to reach the target. */
  readonly shortfall: number;
}

export interface RatingTargetResult extends ShareCount {
  readonly targetId: string;
  readonly title: Bilingual;
  readonly atLeast: RatingLevelId;
  /** The target share, hundredths of a percent. */
  readonly share: number;
  /** meeting × 10000 ≥ share × counted; null when nothing is counted yet. */
  readonly met: boolean | null;
  /** How many more counted subjects would have to reach the level for the target to be met. */
  readonly shortfall: number;
  readonly pendingSubjectIds: readonly string[];
  /** Units whose own share is below the target, farthest below first, then by name (Vietnamese). */
  readonly unitsBelow: readonly UnitBelowTarget[];
}

export interface RatingTargetsReport {
  readonly year: number;
  readonly results: readonly RatingTargetResult[];
}

/** ⌊a / b⌋ for integers a ≥ 0, b > 0, without a floating division. */
function floorDivide(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** meeting / counted in hundredths of a percent, rounded half up: ⌊(20000·m + c) / 2c⌋. */
export function roundedShare(meeting: number, counted: number): number | null {
  if (counted === 0) return null;
  return floorDivide(2 * wholeShare * meeting + counted, 2 * counted);
}

/** meeting × 10000 ≥ share × counted, in integers. */
export function meetsShare(meeting: number, counted: number, share: number): boolean {
  return meeting * wholeShare >= share * counted;
}

/** The fewest more subjects that must reach the level: max(0, ⌈share·counted / 10000⌉ − meeting). */
function shortfallOf(meeting: number, counted: number, share: number): number {
  const needed = floorDivide(share * counted + wholeShare - 1, wholeShare);
  return Math.max(0, needed - meeting);
}

function shareCount(meeting: number, counted: number, pending: number): ShareCount {
  return { meeting, counted, pending, actualShare: roundedShare(meeting, counted) };
}

/**
 * Each target measured against a year's decided levels. Pure: the caller gathers the levels and
 * the units from the vault. A subject listed twice, or under a unit not given, is a caller's
 * mistake (TypeError).
 */
export function computeRatingTargets(input: {
  readonly year: number;
  readonly targets: readonly RatingTarget[];
  readonly levels: readonly DecidedLevel[];
  readonly units: readonly RatingTargetUnit[];
}): RatingTargetsReport {
  const units = new Map(input.units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  for (const entry of input.levels) {
    if (seen.has(entry.subjectId)) throw new TypeError(`subject ${entry.subjectId} listed twice`);
    seen.add(entry.subjectId);
    if (entry.unitId !== null && !units.has(entry.unitId))
      throw new TypeError(`subject ${entry.subjectId} under unknown unit ${entry.unitId}`);
  }

  const results = input.targets.map((target): RatingTargetResult => {
    const kinds = new Set<RatedSubjectKind>(target.kinds);
    let meeting = 0;
    let counted = 0;
    const pendingSubjectIds: string[] = [];
    const perUnit = new Map<string, { meeting: number; counted: number; pending: number }>();
    for (const entry of input.levels) {
      if (!kinds.has(entry.kind)) continue;
      const unit = entry.unitId === null ? null : (perUnit.get(entry.unitId) ?? { meeting: 0, counted: 0, pending: 0 });
      if (unit && entry.unitId !== null) perUnit.set(entry.unitId, unit);
      if (entry.level === null) {
        pendingSubjectIds.push(entry.subjectId);
        if (unit) unit.pending += 1;
        continue;
      }
      const meets = compareRatingLevels(entry.level, target.atLeast) >= 0 ? 1 : 0;
      meeting += meets;
      counted += 1;
      if (unit) {
        unit.meeting += meets;
        unit.counted += 1;
      }
    }
    const unitsBelow: UnitBelowTarget[] = [];
    for (const [unitId, unit] of perUnit) {
      if (unit.counted === 0 || meetsShare(unit.meeting, unit.counted, target.share)) continue;
      unitsBelow.push({
        unitId,
        unitName: units.get(unitId)!.name,
        ...shareCount(unit.meeting, unit.counted, unit.pending),
        shortfall: shortfallOf(unit.meeting, unit.counted, target.share),
      });
    }
    // Farthest below first: the lower exact share, compared as a·d against c·b.
    unitsBelow.sort(
      (a, b) =>
        a.meeting * b.counted - b.meeting * a.counted ||
        a.unitName.localeCompare(b.unitName, 'vi') ||
        (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
    );
    return {
      targetId: target.id,
      title: target.title,
      atLeast: target.atLeast,
      share: target.share,
      ...shareCount(meeting, counted, pendingSubjectIds.length),
      met: counted === 0 ? null : meetsShare(meeting, counted, target.share),
      shortfall: shortfallOf(meeting, counted, target.share),
      pendingSubjectIds,
      unitsBelow,
    };
  });
  return { year: input.year, results };
}

export interface RatingTargetPoint {
  readonly year: number;
  /** The target share that year (a plan may change it). */
  readonly share: number;
  readonly actualShare: number | null;
  readonly met: boolean | null;
  readonly meeting: number;
  readonly counted: number;
}

export interface RatingTargetSeries {
  readonly targetId: string;
  /** The title of its latest year. */
  readonly title: Bilingual;
  /** Oldest year first; only the years that had the target. */
  readonly points: readonly RatingTargetPoint[];
}

/**
 * Year over year: per target (in the order of first appearance, oldest year first), the years it
 * was measured in with their share and whether it was met. A year given twice is a caller's mistake.
 */
export function ratingTargetSeries(reports: readonly RatingTargetsReport[]): RatingTargetSeries[] {
  const years = new Set<number>();
  for (const report of reports) {
    if (years.has(report.year)) throw new TypeError(`year ${report.year} given twice`);
    years.add(report.year);
  }
  const series = new Map<string, { title: Bilingual; points: RatingTargetPoint[] }>();
  for (const report of [...reports].sort((a, b) => a.year - b.year))
    for (const result of report.results) {
      const entry = series.get(result.targetId) ?? { title: result.title, points: [] };
      entry.title = result.title;
      entry.points.push({
        year: report.year,
        share: result.share,
        actualShare: result.actualShare,
        met: result.met,
        meeting: result.meeting,
        counted: result.counted,
      });
      series.set(result.targetId, entry);
    }
  return [...series].map(([targetId, { title, points }]) => ({ targetId, title, points }));
}

/** A share in hundredths of a percent as the app writes it (shareText): "97,00 %" / "97.00 %". */
export function shareInWords(share: number): Bilingual {
  return { vi: `${shareText(share, 'vi')} %`, en: `${shareText(share, 'en')} %` };
}

/** The target in words, e.g. "Hoàn thành tốt nhiệm vụ trở lên: đạt 97,00 % trở lên". */
export function ratingTargetInWords(target: Pick<RatingTarget, 'atLeast' | 'share'>): Bilingual {
  const level = ratingLevels[target.atLeast].label;
  const share = shareInWords(target.share);
  return {
    vi: `${level.vi}${target.atLeast === 'excellent' ? '' : ' trở lên'}: đạt ${share.vi} trở lên`,
    en: `${level.en}${target.atLeast === 'excellent' ? '' : ' or higher'}: ${share.en} or more`,
  };
}
