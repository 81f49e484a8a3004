import { describe, expect, it } from 'vitest';
import { formatVietnameseDate, parseDayMonthYear } from '../../../shared/campaigns/calendar';

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
