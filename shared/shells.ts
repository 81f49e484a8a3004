import type { Bilingual } from './i18n/language';

/** The ways the core is reached: the desktop window, the system browser, the command line. */
export const shells = ['electron', 'browser', 'cli'] as const;
export type Shell = (typeof shells)[number];

export const shellLabels: Readonly<Record<Shell, Bilingual>> = {
  electron: { vi: 'Ứng dụng máy tính (Electron)', en: 'Desktop application (Electron)' },
  browser: { vi: 'Trình duyệt hệ thống', en: 'System browser' },
  cli: { vi: 'Dòng lệnh', en: 'Command line' },
};
