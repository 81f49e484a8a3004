import type { Bilingual } from './i18n/language';

/**
 * Who may do what. A counting committee shares one workstation; every call in the
 * contract names the roles allowed to make it and the core enforces that list.
 */
export const roles = ['admin', 'head', 'counter', 'archivist'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Readonly<Record<Role, Bilingual>> = {
  admin: { vi: 'Quản trị', en: 'Administrator' },
  head: { vi: 'Trưởng ban kiểm phiếu', en: 'Head of the counting committee' },
  counter: { vi: 'Thành viên ban kiểm phiếu', en: 'Counting committee member' },
  archivist: { vi: 'Lưu trữ viên', en: 'Archivist' },
};
