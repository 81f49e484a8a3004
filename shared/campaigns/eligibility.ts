import type { Bilingual } from '../i18n/language';
import { addMonths, formatVietnameseDate } from './calendar';

/** Plan 167-KH/QU: nobody who moved to the unit less than six months before the poll is polled. */
export const minimumMonthsAtUnit = 6;

export type Eligibility =
  | { readonly eligible: true; readonly overrideReason: string | null; readonly note: Bilingual | null }
  | { readonly eligible: false; readonly reason: Bilingual };

export interface SubjectDates {
  readonly startedAt: string | null;
  readonly eligibilityOverride: string | null;
}

export function eligibilityOf(subject: SubjectDates, pollDate: string): Eligibility {
  if (subject.startedAt !== null && addMonths(subject.startedAt, minimumMonthsAtUnit) > pollDate) {
    const started = formatVietnameseDate(subject.startedAt);
    const poll = formatVietnameseDate(pollDate);
    if (subject.eligibilityOverride !== null) {
      return {
        eligible: true,
        overrideReason: subject.eligibilityOverride,
        note: {
          vi: `Được đưa vào theo quyết định của quản trị: ${subject.eligibilityOverride}`,
          en: `Included by an administrator: ${subject.eligibilityOverride}`,
        },
      };
    }
    return {
      eligible: false,
      reason: {
        vi: `Về đơn vị ngày ${started}, chưa đủ ${minimumMonthsAtUnit} tháng tính đến ngày lấy ý kiến ${poll}.`,
        en: `Joined the unit on ${started}: less than ${minimumMonthsAtUnit} months before the poll on ${poll}.`,
      },
    };
  }
  const note: Bilingual | null =
    subject.startedAt === null
      ? { vi: 'Chưa có ngày về đơn vị: coi như đủ điều kiện.', en: 'No start date at the unit: taken as eligible.' }
      : null;
  return { eligible: true, overrideReason: null, note };
}
