import { describe, expect, it } from 'vitest';
import { surveyMappingSchema, type SurveyMapping } from '../../../shared/counting/surveyMapping';
import {
  answerChoice,
  answerTexts,
  emptyCellsBlank,
  markNames,
  withAnswerChoice,
  withColumn,
  withCriterionColumn,
  withEmptyCellsBlank,
} from '../../../renderer/counting/surveyAnswers';

const mapping: SurveyMapping = {
  tool: 'googleForms',
  criteria: ['Đoàn kết', 'Dân chủ'],
  prestige: 'Uy tín',
  other: null,
  responseId: null,
  answers: [
    { text: 'Rất tốt', mark: 1 },
    { text: 'Tốt', mark: 2 },
  ],
  prestigeAnswers: [{ text: 'Uy tín cao', mark: 2 }],
  blanks: [''],
};

const columns = [
  {
    name: 'Đoàn kết',
    values: [
      { text: 'Rất tốt', count: 3 },
      { text: 'Khá', count: 1 },
    ],
    distinct: 2,
  },
  {
    name: 'Dân chủ',
    values: [
      { text: 'rất  tốt', count: 2 },
      { text: 'Tốt', count: 2 },
    ],
    distinct: 2,
  },
  { name: 'Uy tín', values: [{ text: 'Uy tín cao', count: 4 }], distinct: 1 },
];

describe('the survey mapping screen’s edits', () => {
  it('lists each answer text of the mapped columns once (spaces and case aside), commonest first', () => {
    expect(answerTexts(columns, mapping.criteria)).toEqual([
      { text: 'Rất tốt', count: 5 },
      { text: 'Tốt', count: 2 },
      { text: 'Khá', count: 1 },
    ]);
    expect(answerTexts(columns, [null])).toEqual([]);
  });

  it('reads a text’s choice: its mark, blank, or not mapped', () => {
    expect(answerChoice(mapping, 'answers', 'rất tốt')).toBe('1');
    expect(answerChoice(mapping, 'answers', 'Khá')).toBe('');
    expect(answerChoice(mapping, 'prestigeAnswers', 'Uy tín cao')).toBe('2');
    expect(answerChoice(withAnswerChoice(mapping, 'answers', 'Khá', 'blank'), 'answers', 'Khá')).toBe('blank');
  });

  it('changes a text’s mark, makes it blank in every list, or leaves it unmapped — always a valid mapping', () => {
    const khá = withAnswerChoice(mapping, 'answers', 'Khá', '2');
    expect(khá.answers).toContainEqual({ text: 'Khá', mark: 2 });
    const several = withAnswerChoice(khá, 'answers', 'Khá', '*');
    expect(several.answers.filter((answer) => answer.text === 'Khá')).toEqual([{ text: 'Khá', mark: '*' }]);
    const blank = withAnswerChoice(several, 'answers', 'Uy tín cao', 'blank');
    expect(blank.prestigeAnswers).toEqual([]);
    expect(blank.blanks).toEqual(['', 'Uy tín cao']);
    const back = withAnswerChoice(blank, 'prestigeAnswers', 'Uy tín cao', '1');
    expect(back.blanks).toEqual(['']);
    expect(back.prestigeAnswers).toEqual([{ text: 'Uy tín cao', mark: 1 }]);
    const unmapped = withAnswerChoice(back, 'answers', 'Tốt', '');
    expect(unmapped.answers.map((answer) => answer.text)).toEqual(['Rất tốt', 'Khá']);
    for (const edited of [khá, several, blank, back, unmapped])
      expect(surveyMappingSchema.safeParse(edited).success).toBe(true);
  });

  it('sets columns and whether an empty cell is blank', () => {
    expect(withCriterionColumn(mapping, 1, null).criteria).toEqual(['Đoàn kết', null]);
    expect(withColumn(mapping, 'responseId', 'Mã').responseId).toBe('Mã');
    expect(emptyCellsBlank(mapping)).toBe(true);
    const strict = withEmptyCellsBlank(mapping, false);
    expect(strict.blanks).toEqual([]);
    expect(withEmptyCellsBlank(strict, true).blanks).toEqual(['']);
  });

  it('offers marks 1–4 of a levels form, 1–10 of a points form', () => {
    expect(markNames(['Rất tốt', 'Tốt', 'Trung bình', 'Yếu kém', 'Kém'])).toHaveLength(4);
    expect(markNames(Array.from({ length: 10 }, (_, index) => String(index + 1)))).toHaveLength(10);
  });
});
