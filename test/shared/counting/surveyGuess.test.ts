import { describe, expect, it } from 'vitest';
import { guessSurveyTool, proposeSurveyMapping } from '../../../shared/counting/surveyGuess';
import { surveyMappingSchema } from '../../../shared/counting/surveyMapping';
import { schoolForm } from '../../../shared/templates/builtInTemplates';
import type { TemplateContent } from '../../../shared/templates/templateContent';

const criteria = schoolForm.criteria.map((criterion) => criterion.text);

/** A table of one response: the headers given, every cell the same answer. */
const table = (headers: string[], rows: string[][] = [headers.map(() => 'Tốt')]) => ({ headers, rows });

describe('the mapping proposed for a survey export', () => {
  it('finds a criterion under a Google Forms grid’s “Question [Row]”, a numbered title, a required mark, other case and accents', () => {
    const headers = [
      'Dấu thời gian',
      ...criteria.map((text, index) => {
        if (index === 0) return `Đánh giá mức độ thực hiện [${text}]`;
        if (index === 1) return `2. ${text}`;
        if (index === 2) return `Câu 3: ${text} *`;
        if (index === 3) return text.toUpperCase();
        if (index === 4) return 'Khach quan, cong tam trong nhin nhan, danh gia doi voi cap duoi';
        return text;
      }),
    ];
    expect(proposeSurveyMapping(table(headers), schoolForm).mapping.criteria).toEqual(headers.slice(1));
  });

  it('takes a header that holds a criterion’s words only when no other header does', () => {
    const longer = `${criteria[5]} (lãnh đạo nhà trường)`;
    const headers = ['Timestamp', longer, ...criteria.slice(0, 5)];
    expect(proposeSurveyMapping(table(headers), schoolForm).mapping.criteria.slice(0, 6)).toEqual([
      ...criteria.slice(0, 5),
      longer,
    ]);
    const twice = ['Timestamp', longer, `${criteria[5]} (giáo viên)`];
    expect(proposeSurveyMapping(table(twice), schoolForm).mapping.criteria[5]).toBeNull();
  });

  it('lists every text of a column of answers, so each can be mapped, and only a free-text column’s commonest', () => {
    // 30 typing variants of the answers in one column, 150 different comments in another.
    const variants = Array.from({ length: 30 }, (_, index) => `Tốt ${index}`);
    const rows = Array.from({ length: 150 }, (_, index) => [variants[index % 30]!, `Ý kiến số ${index}`]);
    const { columns } = proposeSurveyMapping({ headers: [criteria[0]!, 'Ý kiến khác'], rows }, schoolForm);
    expect(columns[0]).toMatchObject({ distinct: 30 });
    expect(columns[0]!.values).toHaveLength(30);
    expect(columns[1]).toMatchObject({ distinct: 150 });
    expect(columns[1]!.values).toHaveLength(20);
  });

  it('names the tool by the columns it adds, and proposes its response id', () => {
    expect(guessSurveyTool(['Dấu thời gian', 'Câu 1'])).toBe('googleForms');
    expect(guessSurveyTool(['Timestamp', 'Question'])).toBe('googleForms');
    expect(guessSurveyTool(['start', 'end', 'q1', '_id', '_uuid', '_submission_time'])).toBe('kobo');
    expect(guessSurveyTool(['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'G01Q01'])).toBe('limeSurvey');
    expect(guessSurveyTool(['Mã', 'Câu 1'])).toBe('other');
    const lime = proposeSurveyMapping(table(['id', 'submitdate', 'lastpage', ...criteria]), schoolForm).mapping;
    expect(lime).toMatchObject({ tool: 'limeSurvey', responseId: 'id', criteria });
    const kobo = proposeSurveyMapping(table(['_id', '_uuid', ...criteria]), schoolForm).mapping;
    expect(kobo.responseId).toBe('_uuid');
    expect(proposeSurveyMapping(table(['Dấu thời gian', ...criteria]), schoolForm).mapping.responseId).toBeNull();
  });

  it('maps answers whose words are a level’s name (also as an XML code), never a bare number on a levels form', () => {
    const headers = ['Dấu thời gian', ...criteria, 'Mức độ uy tín'];
    const answers = ['rat_tot', 'TỐT', '1', 'Trung bình ', 'yeu kem', 'Khá', ...criteria.slice(6).map(() => '')];
    const rows = [['2023/05/17', ...answers, 'uy_tin_cao']];
    const { mapping } = proposeSurveyMapping({ headers, rows }, schoolForm);
    expect(mapping.answers).toEqual([
      { text: 'rat_tot', mark: 1 },
      { text: 'TỐT', mark: 2 },
      { text: 'Trung bình', mark: 3 },
      { text: 'yeu kem', mark: 4 },
    ]);
    expect(mapping.prestige).toBe('Mức độ uy tín');
    expect(mapping.prestigeAnswers).toEqual([{ text: 'uy_tin_cao', mark: 2 }]);
    // What it proposes is a mapping the contract accepts as it stands.
    expect(surveyMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it('proposes one answer once, however its case differs between columns', () => {
    const headers = ['Dấu thời gian', ...criteria];
    const rows = [['x', 'Tốt', 'tốt', ...criteria.slice(2).map(() => 'TỐT')]];
    const { mapping } = proposeSurveyMapping({ headers, rows }, schoolForm);
    expect(mapping.answers).toHaveLength(1);
    expect(surveyMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it('on a points form, a number is its own mark', () => {
    const pointsForm: TemplateContent = {
      ...schoolForm,
      scale: 'points10',
      levels: [],
      criteria: [{ text: 'Chuyên môn' }, { text: 'Kỹ năng' }],
      prestigeHeading: null,
      prestigeLevels: [],
    };
    const columns = proposeSurveyMapping(
      {
        headers: ['Chuyên môn', 'Kỹ năng'],
        rows: [
          ['7', '10'],
          ['11', '0'],
        ],
      },
      pointsForm,
    );
    expect(columns.mapping.answers).toEqual([
      { text: '7', mark: 7 },
      { text: '10', mark: 10 },
    ]);
    expect(columns.form.levels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(columns.mapping.prestige).toBeNull();
  });

  it('lists each column’s commonest answers and how many rows hold anything', () => {
    const columns = proposeSurveyMapping(
      {
        headers: ['Dấu thời gian', criteria[0]!],
        rows: [
          ['a', 'Tốt'],
          ['b', 'Rất tốt'],
          ['c', 'Tốt'],
          ['', ''],
        ],
      },
      schoolForm,
    );
    expect(columns.rows).toBe(3);
    expect(columns.columns[1]).toEqual({
      name: criteria[0],
      values: [
        { text: 'Tốt', count: 2 },
        { text: 'Rất tốt', count: 1 },
      ],
      distinct: 2,
    });
  });
});

describe('the mapping schema', () => {
  const base = {
    tool: 'other',
    criteria: ['A', 'B'],
    prestige: 'C',
    other: null,
    responseId: null,
    answers: [{ text: 'Tốt', mark: 2 }],
    prestigeAnswers: [],
  };

  it('counts the empty cell as blank unless told otherwise', () => {
    expect(surveyMappingSchema.parse(base).blanks).toEqual(['']);
  });

  it('refuses a text given two meanings, or a column two roles, naming where', () => {
    const paths = (input: object) => {
      const parsed = surveyMappingSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(paths({ ...base, answers: [...base.answers, { text: ' tốt ', mark: 1 }] })).toEqual(['answers.1.text']);
    expect(paths({ ...base, blanks: ['', 'Tốt'] })).toEqual(['answers.0.text']);
    expect(paths({ ...base, prestige: 'b' })).toEqual(['prestige']);
    expect(paths({ ...base, responseId: 'A' })).toEqual(['responseId']);
    expect(paths({ ...base, answers: [{ text: 'Xuất sắc', mark: 11 }] })).toEqual(['answers.0.mark']);
    expect(paths({ ...base, prestigeAnswers: [{ text: 'Rất cao', mark: 5 }] })).toEqual(['prestigeAnswers.0.mark']);
    expect(paths({ ...base, answers: [{ text: 'Nhiều mức', mark: '*' }] })).toEqual([]);
  });
});
