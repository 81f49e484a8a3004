/*
 * The rules of the yearly quality rating (đánh giá, xếp loại chất lượng), issue 17, each with where
 * it comes from. Only rules a seed states are on by default; the rest are offered, off by default.
 *
 * XL01  error, always on — a head's level not higher than the leadership collective he or she heads.
 *       Seed 003_60948b25a4320c86: "Mức xếp loại đối với người đứng đầu không được cao hơn mức xếp
 *       loại của tập thể lãnh đạo, quản lý và tổ chức đảng, cơ quan, đơn vị nơi người đó đứng đầu."
 * XL02  error, always on — a head's level not higher than the organisation he or she heads.
 *       Seed 003_60948b25a4320c86: the same sentence as XL01.
 * XL03  error, always on — a leadership collective's level not higher than its organisation's.
 *       Seed 003_60948b25a4320c86: "Mức xếp loại chất lượng của tập thể lãnh đạo, quản lý không được
 *       cao hơn mức xếp loại của tổ chức, cơ quan, đơn vị."
 * XL04  error, always on — each shortcoming or disciplinary measure counts in one round's rating
 *       only (a record taken into account by one round is refused in another).
 *       Seed 003_60948b25a4320c86: "Mỗi khuyết điểm hoặc hình thức kỷ luật của tổ chức đảng, đảng
 *       viên chỉ xét một lần khi xem xét đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên
 *       cuối năm."
 * XL05  configurable, off by default — a member disciplined in the round's year is not rated
 *       "Hoàn thành xuất sắc nhiệm vụ". NOT STATED IN THE SEEDS (neither 003 nor 004 links a
 *       disciplinary measure to a ceiling on the level); offered because issue 17 asks for it.
 *
 * Stated in seed 003 but not a check here, because they ask for a judgement or an order of
 * meetings rather than a comparison of levels: "Đảng viên có vi phạm, bị xử lý kỷ luật thì xem xét
 * trách nhiệm của tổ chức đảng nơi đảng viên sinh hoạt trong thời gian xảy ra sai phạm." and the
 * order "tập thể trước, cá nhân sau; cán bộ lãnh đạo, quản lý trước, đảng viên sau".
 *
 * The test test/shared/ratings/ratingRules.test.ts finds every quoted sentence in its seed file.
 */
import type { Bilingual } from '../i18n/language';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import {
  isHigherLevel,
  ratingLevelSchema,
  ratingLevels,
  subjectGroup,
  type RatedSubjectKind,
  type RatingLevelId,
} from './ratingLevels';

export const errorRatingRules = ['XL01', 'XL02', 'XL03', 'XL04'] as const;
export const configurableRatingRules = ['XL05'] as const;
export const ratingRuleCodes = [...errorRatingRules, ...configurableRatingRules] as const;
export type ErrorRatingRule = (typeof errorRatingRules)[number];
export type ConfigurableRatingRule = (typeof configurableRatingRules)[number];
export type RatingRuleCode = (typeof ratingRuleCodes)[number];

/** The seed files the rules are quoted from (the folder ../shared/seeds of this workplace). */
export const ratingSeedIds = ['003_60948b25a4320c86', '004_48c10a64b9225a4b'] as const;
export type RatingSeedId = (typeof ratingSeedIds)[number];

export type RatingRuleSource =
  | {
      readonly stated: true;
      readonly seed: RatingSeedId;
      /** The sentence of the seed, character for character. */
      readonly sentence: string;
    }
  | {
      readonly stated: false;
      readonly note: Bilingual;
      /** Why the rule is offered at all: the words that ask for it. */
      readonly offeredBecause: { readonly issue: number; readonly text: string };
    };

export interface RatingRule {
  readonly code: RatingRuleCode;
  readonly title: Bilingual;
  /** 'error': always checked, a breach refuses the decision. 'configurable': checked only when turned on. */
  readonly kind: 'error' | 'configurable';
  readonly onByDefault: boolean;
  readonly source: RatingRuleSource;
}

const seed003 = '003_60948b25a4320c86';
const headSentence =
  'Mức xếp loại đối với người đứng đầu không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý và tổ chức đảng, cơ quan, đơn vị nơi người đó đứng đầu.';

export const ratingRules: Readonly<Record<RatingRuleCode, RatingRule>> = {
  XL01: {
    code: 'XL01',
    title: {
      vi: 'Người đứng đầu không được xếp loại cao hơn tập thể lãnh đạo, quản lý nơi người đó đứng đầu',
      en: 'A head is not rated higher than the leadership collective he or she heads',
    },
    kind: 'error',
    onByDefault: true,
    source: { stated: true, seed: seed003, sentence: headSentence },
  },
  XL02: {
    code: 'XL02',
    title: {
      vi: 'Người đứng đầu không được xếp loại cao hơn tổ chức nơi người đó đứng đầu',
      en: 'A head is not rated higher than the organisation he or she heads',
    },
    kind: 'error',
    onByDefault: true,
    source: { stated: true, seed: seed003, sentence: headSentence },
  },
  XL03: {
    code: 'XL03',
    title: {
      vi: 'Tập thể lãnh đạo, quản lý không được xếp loại cao hơn tổ chức của mình',
      en: 'A leadership collective is not rated higher than its organisation',
    },
    kind: 'error',
    onByDefault: true,
    source: {
      stated: true,
      seed: seed003,
      sentence:
        'Mức xếp loại chất lượng của tập thể lãnh đạo, quản lý không được cao hơn mức xếp loại của tổ chức, cơ quan, đơn vị.',
    },
  },
  XL04: {
    code: 'XL04',
    title: {
      vi: 'Mỗi khuyết điểm, hình thức kỷ luật chỉ xét một lần, trong một đợt xếp loại',
      en: 'Each shortcoming or disciplinary measure counts once, in one rating round',
    },
    kind: 'error',
    onByDefault: true,
    source: {
      stated: true,
      seed: seed003,
      sentence:
        'Mỗi khuyết điểm hoặc hình thức kỷ luật của tổ chức đảng, đảng viên chỉ xét một lần khi xem xét đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên cuối năm.',
    },
  },
  XL05: {
    code: 'XL05',
    title: {
      vi: 'Đảng viên bị kỷ luật trong năm không được xếp loại “Hoàn thành xuất sắc nhiệm vụ”',
      en: 'A member disciplined in the year is not rated “Fulfilled duties excellently”',
    },
    kind: 'configurable',
    onByDefault: false,
    source: {
      stated: false,
      note: {
        vi: 'Không có trong các tài liệu nguồn: kế hoạch 003 và 004 không gắn hình thức kỷ luật với mức xếp loại tối đa.',
        en: 'Not stated in the seeds: plans 003 and 004 do not tie a disciplinary measure to a highest level.',
      },
      offeredBecause: {
        issue: 17,
        text: 'a member under discipline in the year cannot be rated "Hoàn thành xuất sắc"',
      },
    },
  },
};

/** Which configurable rules are turned on; the error rules are always on. */
export type RatingRuleSettings = Readonly<Record<ConfigurableRatingRule, boolean>>;

export const defaultRatingRuleSettings: RatingRuleSettings = Object.fromEntries(
  configurableRatingRules.map((code) => [code, ratingRules[code].onByDefault]),
) as Record<ConfigurableRatingRule, boolean>;

export const ratingRuleSettingsSchema = z
  .object(
    Object.fromEntries(configurableRatingRules.map((code) => [code, z.boolean()])) as Record<
      ConfigurableRatingRule,
      z.ZodBoolean
    >,
  )
  .strict();

/** Someone or something rated in a round. */
export interface RatedSubject {
  readonly id: string;
  readonly kind: RatedSubjectKind;
  readonly name: string;
  /** For a leadership collective: the organisation it leads. */
  readonly organisationId?: string | null;
  /** For a person: the organisation he or she heads (người đứng đầu); the head heads its collective too. */
  readonly headOf?: string | null;
}

/** A shortcoming (khuyết điểm) or a disciplinary measure (hình thức kỷ luật) of a subject. */
export interface ShortcomingRecord {
  readonly id: string;
  readonly subjectId: string;
  readonly kind: 'shortcoming' | 'discipline';
  /** The year it was found or the measure was decided. */
  readonly year: number;
  /** The round whose rating has taken it into account already; null while none has. */
  readonly countedInRoundId: string | null;
}

/** The decided level of one subject in one round, with the records it takes into account. */
export interface RatingDecision {
  readonly roundId: string;
  readonly subjectId: string;
  readonly level: RatingLevelId;
  readonly consideredRecordIds: readonly string[];
}

export const ratingDecisionSchema = z
  .object({
    roundId: idSchema,
    subjectId: idSchema,
    level: ratingLevelSchema,
    consideredRecordIds: z.array(idSchema).max(100),
  })
  .strict();

/** What a decision is checked against: the round, its subjects, the levels decided so far, the records. */
export interface RatingContext {
  readonly round: { readonly id: string; readonly year: number };
  readonly subjects: readonly RatedSubject[];
  /** Levels decided in the round so far; the subject of the decision, if among them, is replaced. */
  readonly decided: readonly { readonly subjectId: string; readonly level: RatingLevelId }[];
  readonly records: readonly ShortcomingRecord[];
}

export interface RatingRuleBreach {
  readonly rule: RatingRuleCode;
  readonly title: Bilingual;
  readonly explanation: Bilingual;
}

const quoted = (text: string) => `“${text}”`;
const levelVi = (level: RatingLevelId) => quoted(ratingLevels[level].label.vi);
const levelEn = (level: RatingLevelId) => quoted(ratingLevels[level].label.en);

/**
 * The rules a decision would break, in code order; empty when it may be taken. Pure: the core
 * gathers the context from the vault and refuses the decision when the list is not empty.
 * The ordering rules are checked both ways: deciding a collective below its head's level already
 * decided breaks XL01 just as deciding the head above the collective does.
 */
export function checkRatingDecision(
  decision: RatingDecision,
  context: RatingContext,
  settings: RatingRuleSettings = defaultRatingRuleSettings,
): RatingRuleBreach[] {
  if (decision.roundId !== context.round.id)
    throw new TypeError(`a decision of round ${decision.roundId} checked in round ${context.round.id}`);
  const subjects = new Map(context.subjects.map((subject) => [subject.id, subject]));
  const subject = subjects.get(decision.subjectId);
  if (!subject) throw new TypeError(`no subject ${decision.subjectId} in the round`);
  const records = new Map(context.records.map((record) => [record.id, record]));
  for (const id of decision.consideredRecordIds)
    if (!records.has(id)) throw new TypeError(`no shortcoming or disciplinary record ${id}`);

  const levels = new Map(context.decided.map((entry) => [entry.subjectId, entry.level]));
  levels.set(decision.subjectId, decision.level);

  const breaches: RatingRuleBreach[] = [];
  const breach = (rule: RatingRuleCode, vi: string, en: string) =>
    breaches.push({ rule, title: ratingRules[rule].title, explanation: { vi, en } });

  /** Each pair (lower, upper) the rules order, where the decided subject is one side and both are decided. */
  const pairs: { rule: 'XL01' | 'XL02' | 'XL03'; lower: RatedSubject; upper: RatedSubject }[] = [];
  for (const candidate of context.subjects) {
    if (candidate.headOf) {
      const organisation = subjects.get(candidate.headOf);
      for (const collective of context.subjects)
        if (collective.kind === 'leadershipCollective' && collective.organisationId === candidate.headOf)
          pairs.push({ rule: 'XL01', lower: candidate, upper: collective });
      if (organisation) pairs.push({ rule: 'XL02', lower: candidate, upper: organisation });
    }
    if (candidate.kind === 'leadershipCollective' && candidate.organisationId) {
      const organisation = subjects.get(candidate.organisationId);
      if (organisation) pairs.push({ rule: 'XL03', lower: candidate, upper: organisation });
    }
  }
  for (const { rule, lower, upper } of pairs) {
    if (lower.id !== subject.id && upper.id !== subject.id) continue;
    const lowerLevel = levels.get(lower.id);
    const upperLevel = levels.get(upper.id);
    if (!lowerLevel || !upperLevel || !isHigherLevel(lowerLevel, upperLevel)) continue;
    if (rule === 'XL03')
      breach(
        rule,
        `Tập thể lãnh đạo, quản lý ${quoted(lower.name)} xếp loại ${levelVi(lowerLevel)}, cao hơn mức ${levelVi(upperLevel)} của tổ chức ${quoted(upper.name)}.`,
        `The leadership collective ${quoted(lower.name)} rated ${levelEn(lowerLevel)}, higher than ${levelEn(upperLevel)} of its organisation ${quoted(upper.name)}.`,
      );
    else
      breach(
        rule,
        `Người đứng đầu ${quoted(lower.name)} xếp loại ${levelVi(lowerLevel)}, cao hơn mức ${levelVi(upperLevel)} của ${rule === 'XL01' ? 'tập thể lãnh đạo, quản lý' : 'tổ chức'} ${quoted(upper.name)}.`,
        `The head ${quoted(lower.name)} rated ${levelEn(lowerLevel)}, higher than ${levelEn(upperLevel)} of the ${rule === 'XL01' ? 'leadership collective' : 'organisation'} ${quoted(upper.name)} he or she heads.`,
      );
  }

  for (const id of new Set(decision.consideredRecordIds)) {
    const record = records.get(id)!;
    if (record.countedInRoundId === null || record.countedInRoundId === decision.roundId) continue;
    const what =
      record.kind === 'discipline'
        ? ['Hình thức kỷ luật', 'The disciplinary measure']
        : ['Khuyết điểm', 'The shortcoming'];
    breach(
      'XL04',
      `${what[0]} năm ${record.year} của ${quoted(subjects.get(record.subjectId)?.name ?? record.subjectId)} đã được xét trong một đợt xếp loại khác; không xét lại khi xếp loại ${quoted(subject.name)} năm ${context.round.year}.`,
      `${what[1]} of ${record.year} of ${quoted(subjects.get(record.subjectId)?.name ?? record.subjectId)} was counted in another rating round already; it is not counted again in rating ${quoted(subject.name)} for ${context.round.year}.`,
    );
  }

  if (settings.XL05 && subjectGroup(subject.kind) === 'person' && decision.level === 'excellent') {
    const measures = context.records.filter(
      (record) => record.subjectId === subject.id && record.kind === 'discipline' && record.year === context.round.year,
    );
    if (measures.length > 0)
      breach(
        'XL05',
        `Đảng viên ${quoted(subject.name)} bị kỷ luật trong năm ${context.round.year} nên không được xếp loại ${levelVi('excellent')}.`,
        `The member ${quoted(subject.name)} was disciplined in ${context.round.year}, so cannot be rated ${levelEn('excellent')}.`,
      );
  }

  return breaches.sort((a, b) => ratingRuleCodes.indexOf(a.rule) - ratingRuleCodes.indexOf(b.rule));
}

/** The broken rules in words, "XL01 …; XL03 …", for the message that refuses a decision. */
export function ratingBreachesInWords(breaches: readonly RatingRuleBreach[]): Bilingual {
  return {
    vi: breaches.map((entry) => `${entry.rule} ${entry.explanation.vi}`).join(' '),
    en: breaches.map((entry) => `${entry.rule} ${entry.explanation.en}`).join(' '),
  };
}
