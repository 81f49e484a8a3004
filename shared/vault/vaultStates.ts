import type { Bilingual } from '../i18n/language';

/**
 * absent: no vault has been created in the data directory yet;
 * locked: a vault exists and nobody has unlocked it in this process;
 * unlocked: a user has opened it.
 */
export const vaultStates = ['absent', 'locked', 'unlocked'] as const;
export type VaultState = (typeof vaultStates)[number];

export const vaultStateLabels: Readonly<Record<VaultState, Bilingual>> = {
  absent: { vi: 'Chưa tạo kho dữ liệu', en: 'No vault yet' },
  locked: { vi: 'Đã khóa', en: 'Locked' },
  unlocked: { vi: 'Đang mở', en: 'Unlocked' },
};
