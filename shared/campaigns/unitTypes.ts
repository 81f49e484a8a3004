import type { Bilingual } from '../i18n/language';

/**
 * ward: a phường (two subjects: the Party secretary and the People's Committee chairman);
 * school: a public school (usually one person holds both posts); other: anything added later.
 */
export const unitCategories = ['ward', 'school', 'other'] as const;
export type UnitCategory = (typeof unitCategories)[number];

export interface UnitType {
  readonly code: string;
  /** As written in documents and import files, e.g. "Trường mầm non". */
  readonly name: string;
  readonly category: UnitCategory;
  /** The built-in template used for this type's ballots unless the campaign says otherwise. */
  readonly defaultTemplateCode: string | null;
}

export const builtInUnitTypes: readonly UnitType[] = [
  { code: 'phuong', name: 'Phường', category: 'ward', defaultTemplateCode: 'ward-head-ethics' },
  { code: 'mam_non', name: 'Trường mầm non', category: 'school', defaultTemplateCode: 'school-head-ethics' },
  { code: 'tieu_hoc', name: 'Trường tiểu học', category: 'school', defaultTemplateCode: 'school-head-ethics' },
  { code: 'thcs', name: 'Trường THCS', category: 'school', defaultTemplateCode: 'school-head-ethics' },
];

export const unitCategoryLabels: Readonly<Record<UnitCategory, Bilingual>> = {
  ward: { vi: 'Phường', en: 'Ward' },
  school: { vi: 'Trường học', en: 'School' },
  other: { vi: 'Khác', en: 'Other' },
};
