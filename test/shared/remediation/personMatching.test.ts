import { describe, expect, it } from 'vitest';
import { editDistance, exactName, proposeMatch } from '../../../shared/remediation/personMatching';

const person = (subjectName: string, unitName: string, subjectId = `${subjectName}@${unitName}`) => ({
  subjectId,
  subjectName,
  unitName,
});

const lastYear = [
  person('Dương Văn Khải', 'THCS Ngọc Lâm'),
  person('Lý Thị Nguyệt', 'THCS Sài Đồng'),
  person('Nguyễn Thị Hương', 'Phường Bồ Đề'),
  person('Nguyễn Văn Hùng', 'Phường Bồ Đề'),
  person('Nguyễn Văn Hùng', 'Phường Cự Khối'),
];

describe('matching a person to last year’s campaign', () => {
  it('the same name in a unit of the same name is certain, whatever the case and spacing', () => {
    expect(proposeMatch(person('dương  văn KHẢI', 'THCS Ngọc Lâm'), lastYear)).toEqual({
      kind: 'same',
      candidates: [lastYear[0]],
    });
  });

  it('the same name in another unit is a move, to confirm', () => {
    expect(proposeMatch(person('Lý Thị Nguyệt', 'THCS Ngọc Thụy'), lastYear)).toEqual({
      kind: 'moved',
      candidates: [lastYear[1]],
    });
  });

  it('the same name twice is ambiguous, the one in the same unit first', () => {
    const proposed = proposeMatch(person('Nguyễn Văn Hùng', 'Phường Cự Khối'), lastYear);
    expect(proposed.kind).toBe('ambiguous');
    expect(proposed.candidates.map((candidate) => candidate.unitName)).toEqual(['Phường Cự Khối', 'Phường Bồ Đề']);
  });

  it('a different diacritic is another name, not the same person: it is only similar, to review', () => {
    // "Hường" and "Hương" are two names; so are "Hưng" and "Hùng".
    expect(proposeMatch(person('Nguyễn Thị Hường', 'Phường Bồ Đề'), lastYear)).toEqual({
      kind: 'similar',
      candidates: [lastYear[2]],
    });
    expect(proposeMatch(person('Nguyễn Văn Hưng', 'Phường Bồ Đề'), lastYear).kind).toBe('similar');
    expect(proposeMatch(person('Dương Văn Khai', 'THCS Ngọc Lâm'), lastYear).kind).toBe('similar');
  });

  it('nobody alike is no match', () => {
    expect(proposeMatch(person('Trần Đình Phúc', 'Phường Sài Đồng'), lastYear)).toEqual({
      kind: 'none',
      candidates: [],
    });
    expect(proposeMatch(person('Dương Văn Khải', 'THCS Ngọc Lâm'), [])).toEqual({ kind: 'none', candidates: [] });
  });

  it('measures names letter by letter, composed or not', () => {
    expect(exactName('Nguye\u0302\u0303n  Văn A')).toBe(exactName('nguyễn văn a'));
    expect(editDistance('hùng', 'hưng', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('an', 'nguyễn văn an', 2)).toBe(3);
  });
});
