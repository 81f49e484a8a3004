import { describe, expect, it } from 'vitest';
import {
  formatVietnameseDate,
  formatVietnameseDateTime,
  parseDayMonthYear,
  vietnamIsoDay,
} from '../../../shared/campaigns/calendar';

describe('dates as a Vietnamese office types them', () => {
  it('reads day, month, year in any of the usual ways, and ISO', () => {
    for (const typed of [
      '27/01/2023',
      '27/1/2023',
      '27-01-2023',
      '27.01.2023',
      '27012023',
      ' 27/01/2023 ',
      '2023-01-27',
    ])
      expect(parseDayMonthYear(typed), typed).toBe('2023-01-27');
  });

  it('refuses what is not a calendar day — never a year 12023 or a shifted month', () => {
    for (const typed of ['', '27', '2701202', '270120231', '31/02/2023', '00/01/2023', '27/13/2023', '27/01/23', 'mai'])
      expect(parseDayMonthYear(typed), typed).toBeNull();
    expect(parseDayMonthYear('29/02/2024')).toBe('2024-02-29');
    expect(parseDayMonthYear('29/02/2023')).toBeNull();
  });

  it('writes back what it reads', () => {
    expect(formatVietnameseDate(parseDayMonthYear('5/9/2023')!)).toBe('05/09/2023');
  });
});

describe('days and times on Việt Nam’s clock (UTC+7), whatever the computer’s time zone', () => {
  it('puts an instant on the day it was in Việt Nam: 17:00 UTC is already the next day', () => {
    expect(vietnamIsoDay('2024-05-16T16:59:59.999Z')).toBe('2024-05-16');
    expect(vietnamIsoDay('2024-05-16T17:00:00.000Z')).toBe('2024-05-17');
    expect(vietnamIsoDay('2024-12-31T20:00:00Z')).toBe('2025-01-01');
  });

  it('writes the time as an office does', () => {
    expect(formatVietnameseDateTime('2024-05-16T02:05:00.000Z')).toBe('16/05/2024 09:05');
    expect(formatVietnameseDateTime('2024-02-28T23:30:00Z')).toBe('29/02/2024 06:30');
  });
});
