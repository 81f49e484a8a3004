import type { Bilingual } from '../i18n/language';
import { z } from '../schema/z';

/**
 * The yearly quality rating (đánh giá, xếp loại chất lượng) of issue 17: its four levels and the
 * kinds of subject it rates.
 *
 * Where the levels come from: seed 003 (a Party cell's plan for the 2020 review) speaks of "mức
 * xếp loại" without naming them; seed 004 (Gia Lâm's 2021–2025 plan) names one, "hoàn thành tốt
 * nhiệm vụ", in its targets. The four names below are the and SPEC.md's (the same four as
 * the built-in member rating form, shared/templates/builtInTemplates.ts).
 *
 * Order: `rank` 4 is the highest level, 1 the lowest, so "not higher than" is `rank <=`.
 * `ratingLevelIds` lists them best first, as forms and reports show them.
 */
export const ratingLevelIds = ['excellent', 'good', 'completed', 'notCompleted'] as const;
export type RatingLevelId = (typeof ratingLevelIds)[number];
export const ratingLevelSchema = z.enum(ratingLevelIds);

export interface RatingLevel {
  readonly id: RatingLevelId;
  /** 4 = the highest level (Hoàn thành xuất sắc nhiệm vụ), 1 = the lowest. */
  readonly rank: 1 | 2 | 3 | 4;
  /** The full name, as written on decisions and forms. */
  readonly label: Bilingual;
  /** The name without "nhiệm vụ", for tight columns. */
  readonly shortLabel: Bilingual;
}

export const ratingLevels: Readonly<Record<RatingLevelId, RatingLevel>> = {
  excellent: {
    id: 'excellent',
    rank: 4,
    label: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Fulfilled duties excellently' },
    shortLabel: { vi: 'Hoàn thành xuất sắc', en: 'Excellent' },
  },
  good: {
    id: 'good',
    rank: 3,
    label: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Fulfilled duties well' },
    shortLabel: { vi: 'Hoàn thành tốt', en: 'Good' },
  },
  completed: {
    id: 'completed',
    rank: 2,
    label: { vi: 'Hoàn thành nhiệm vụ', en: 'Fulfilled duties' },
    shortLabel: { vi: 'Hoàn thành', en: 'Fulfilled' },
  },
  notCompleted: {
    id: 'notCompleted',
    rank: 1,
    label: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not fulfil duties' },
    shortLabel: { vi: 'Không hoàn thành', en: 'Not fulfilled' },
  },
};

/** Negative when `a` is lower than `b`, zero when equal, positive when `a` is higher. */
export function compareRatingLevels(a: RatingLevelId, b: RatingLevelId): number {
  return ratingLevels[a].rank - ratingLevels[b].rank;
}

/** True when `a` is a higher level than `b` (e.g. "Hoàn thành xuất sắc" above "Hoàn thành tốt"). */
export function isHigherLevel(a: RatingLevelId, b: RatingLevelId): boolean {
  return compareRatingLevels(a, b) > 0;
}

/**
 * What is rated, in three groups: organisations (the Party's đảng bộ and chi bộ, and the
 * socio-political organisations of a school that seed 004 rates: Công đoàn, Đoàn thanh niên,
 * chi hội Phụ nữ, "…"), the leadership collective of an organisation (tập thể lãnh đạo, quản lý),
 * and people (đảng viên; the head of an organisation is a person with `headOf` set).
 */
export const ratedSubjectGroups = ['organisation', 'leadershipCollective', 'person'] as const;
export type RatedSubjectGroup = (typeof ratedSubjectGroups)[number];

export const partyOrganisationKinds = ['partyOrganisation', 'partyCell'] as const;
export const socioPoliticalOrganisationKinds = [
  'tradeUnion',
  'youthUnion',
  'womensUnion',
  'otherSocioPolitical',
] as const;
export const organisationKinds = [...partyOrganisationKinds, ...socioPoliticalOrganisationKinds] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const ratedSubjectKinds = [...organisationKinds, 'leadershipCollective', 'member'] as const;
export type RatedSubjectKind = (typeof ratedSubjectKinds)[number];
export const ratedSubjectKindSchema = z.enum(ratedSubjectKinds);

export interface RatedSubjectKindInfo {
  readonly kind: RatedSubjectKind;
  readonly group: RatedSubjectGroup;
  /** For organisations: a Party organisation or a socio-political one (the targets count them apart). */
  readonly family: 'party' | 'socioPolitical' | null;
  readonly label: Bilingual;
}

export const ratedSubjectKindInfo: Readonly<Record<RatedSubjectKind, RatedSubjectKindInfo>> = {
  partyOrganisation: {
    kind: 'partyOrganisation',
    group: 'organisation',
    family: 'party',
    label: { vi: 'Đảng bộ', en: 'Party organisation (đảng bộ)' },
  },
  partyCell: {
    kind: 'partyCell',
    group: 'organisation',
    family: 'party',
    label: { vi: 'Chi bộ', en: 'Party cell (chi bộ)' },
  },
  tradeUnion: {
    kind: 'tradeUnion',
    group: 'organisation',
    family: 'socioPolitical',
    label: { vi: 'Công đoàn', en: 'Trade union (Công đoàn)' },
  },
  youthUnion: {
    kind: 'youthUnion',
    group: 'organisation',
    family: 'socioPolitical',
    label: {
      vi: 'Đoàn thanh niên Cộng sản Hồ Chí Minh',
      en: 'Ho Chi Minh Communist Youth Union (Đoàn thanh niên)',
    },
  },
  womensUnion: {
    kind: 'womensUnion',
    group: 'organisation',
    family: 'socioPolitical',
    label: { vi: 'Chi hội Phụ nữ', en: "Women's Union branch (chi hội Phụ nữ)" },
  },
  otherSocioPolitical: {
    kind: 'otherSocioPolitical',
    group: 'organisation',
    family: 'socioPolitical',
    label: { vi: 'Tổ chức chính trị - xã hội khác', en: 'Other socio-political organisation' },
  },
  leadershipCollective: {
    kind: 'leadershipCollective',
    group: 'leadershipCollective',
    family: null,
    label: { vi: 'Tập thể lãnh đạo, quản lý', en: 'Leadership collective' },
  },
  member: {
    kind: 'member',
    group: 'person',
    family: null,
    label: { vi: 'Đảng viên', en: 'Party member' },
  },
};

export function subjectGroup(kind: RatedSubjectKind): RatedSubjectGroup {
  return ratedSubjectKindInfo[kind].group;
}
