import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareRatingLevels,
  isHigherLevel,
  organisationKinds,
  ratedSubjectKindInfo,
  ratedSubjectKinds,
  ratingLevelIds,
  ratingLevels,
  ratingLevelSchema,
  subjectGroup,
} from '../../../shared/ratings/ratingLevels';
import { memberRatingForm } from '../../../shared/templates/builtInTemplates';

const level = fc.constantFrom(...ratingLevelIds);

describe('rating levels', () => {
  it('are the four levels of issue 17, best first, with Vietnamese names written in full', () => {
    expect(ratingLevelIds.map((id) => ratingLevels[id].label.vi)).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
    expect(ratingLevelIds.map((id) => ratingLevels[id].rank)).toEqual([4, 3, 2, 1]);
    for (const id of ratingLevelIds) {
      expect(ratingLevels[id].id).toBe(id);
      expect(ratingLevels[id].label.en).not.toBe('');
      expect(ratingLevels[id].label.vi.normalize('NFC')).toBe(ratingLevels[id].label.vi);
      expect(ratingLevels[id].label.vi).toContain(ratingLevels[id].shortLabel.vi);
    }
  });

  it('are the levels of the built-in member rating form, in its order', () => {
    expect(memberRatingForm.levels).toEqual(ratingLevelIds.map((id) => ratingLevels[id].label.vi));
  });

  it('"higher" is a strict total order that agrees with the rank', () => {
    fc.assert(
      fc.property(level, level, level, (a, b, c) => {
        expect(isHigherLevel(a, b)).toBe(ratingLevels[a].rank > ratingLevels[b].rank);
        expect(Math.sign(compareRatingLevels(a, b)) + Math.sign(compareRatingLevels(b, a))).toBe(0);
        expect(isHigherLevel(a, b) && isHigherLevel(b, a)).toBe(false);
        if (a !== b) expect(isHigherLevel(a, b) || isHigherLevel(b, a)).toBe(true);
        if (isHigherLevel(a, b) && isHigherLevel(b, c)) expect(isHigherLevel(a, c)).toBe(true);
      }),
    );
    expect(isHigherLevel('excellent', 'good')).toBe(true);
    expect(isHigherLevel('notCompleted', 'completed')).toBe(false);
  });

  it('the schema takes the ids and nothing else', () => {
    expect(ratingLevelSchema.parse('good')).toBe('good');
    expect(ratingLevelSchema.safeParse('Hoàn thành tốt nhiệm vụ').success).toBe(false);
  });
});

describe('rated subjects', () => {
  it('are organisations (Party and socio-political), leadership collectives and members', () => {
    expect(organisationKinds.map((kind) => ratedSubjectKindInfo[kind].label.vi)).toEqual([
      'Đảng bộ',
      'Chi bộ',
      'Công đoàn',
      'Đoàn thanh niên Cộng sản Hồ Chí Minh',
      'Chi hội Phụ nữ',
      'Tổ chức chính trị - xã hội khác',
    ]);
    expect(organisationKinds.map((kind) => ratedSubjectKindInfo[kind].family)).toEqual([
      'party',
      'party',
      'socioPolitical',
      'socioPolitical',
      'socioPolitical',
      'socioPolitical',
    ]);
    expect(subjectGroup('leadershipCollective')).toBe('leadershipCollective');
    expect(ratedSubjectKindInfo.leadershipCollective.label.vi).toBe('Tập thể lãnh đạo, quản lý');
    expect(subjectGroup('member')).toBe('person');
    for (const kind of ratedSubjectKinds) expect(ratedSubjectKindInfo[kind].kind).toBe(kind);
  });
});
