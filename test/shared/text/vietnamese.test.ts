import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldForSearch, matchesWordStarts } from '../../../shared/text/vietnamese';

describe('Vietnamese text', () => {
  it('sorts the Vietnamese way: A < Ă < Â < B < D < Đ, and numbers by value', () => {
    expect(['Đỗ', 'Dương', 'Bùi', 'Ân', 'An', 'Ă'].sort(compareVietnamese)).toEqual([
      'An',
      'Ă',
      'Ân',
      'Bùi',
      'Dương',
      'Đỗ',
    ]);
    expect(['Trường 10', 'Trường 2'].sort(compareVietnamese)).toEqual(['Trường 2', 'Trường 10']);
  });

  it('folds diacritics, đ and case for search', () => {
    expect(foldForSearch('Trường THCS Phúc Đồng')).toBe('truong thcs phuc dong');
    expect(foldForSearch('  Số   người triệu tập ')).toBe('so nguoi trieu tap');
    expect(foldForSearch('Nguyễn Thị Lan'.normalize('NFD'))).toBe('nguyen thi lan');
  });

  it('finds words by their starts, so "Hương" is not every "Phường" and "Thượng"', () => {
    expect(matchesWordStarts('Phường Thượng Thanh', 'Hương')).toBe(false);
    expect(matchesWordStarts('Phường Long Biên · Vũ Thị Hương', 'Hương')).toBe(true);
    expect(matchesWordStarts('THCS Ngọc Lâm', 'th ng la')).toBe(true);
    expect(matchesWordStarts('Tiểu học Ngọc Lâm', 'th ng la')).toBe(false);
    expect(matchesWordStarts('Mầm non Hoa Phượng', 'PHUONG')).toBe(true);
    expect(matchesWordStarts('Bồ Đề', '')).toBe(true);
  });
});
