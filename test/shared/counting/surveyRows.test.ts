import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/campaigns/spreadsheetColumns';
import { surveyMappingSchema, type SurveyMappingInput } from '../../../shared/counting/surveyMapping';
import { checkSurveyTable } from '../../../shared/counting/surveyRows';
import { schoolForm, memberRatingForm } from '../../../shared/templates/builtInTemplates';

const levels = ['Rất tốt', 'Tốt', 'Trung bình', 'Yếu kém'];
const prestigeLevels = ['Uy tín rất cao', 'Uy tín cao', 'Uy tín thấp', 'Uy tín rất thấp'];
const criterionColumns = schoolForm.criteria.map((_, index) => `Câu ${index + 1}`);
const headers = ['Dấu thời gian', ...criterionColumns, 'Uy tín', 'Ý kiến khác'];

function mapping(changes: Partial<SurveyMappingInput> = {}) {
  return surveyMappingSchema.parse({
    tool: 'googleForms',
    criteria: criterionColumns,
    prestige: 'Uy tín',
    other: 'Ý kiến khác',
    responseId: null,
    answers: levels.map((text, index) => ({ text, mark: index + 1 })),
    prestigeAnswers: prestigeLevels.map((text, index) => ({ text, mark: index + 1 })),
    ...changes,
  });
}

/** A response: a timestamp, 15 marks as digits (0: empty cell), the prestige digit, an other comment. */
function response(time: Cell, marks: string, other = ''): Cell[] {
  return [
    time,
    ...[...marks.slice(0, 15)].map((mark) => (mark === '0' ? '' : levels[Number(mark) - 1]!)),
    marks[15] === '0' ? '' : prestigeLevels[Number(marks[15]) - 1]!,
    other,
  ];
}

describe('a survey export’s rows read as ballots', () => {
  it('turns each row into a ballot: marks by the mapping, blanks as 0, the other comment as written', () => {
    const check = checkSurveyTable(
      {
        headers,
        rows: [response('08:01', '1234123412341231', 'Cần lắng nghe hơn.'), response('08:02', '1200000000000000')],
      },
      mapping(),
      schoolForm,
    );
    expect(check.errors).toEqual([]);
    expect(check.ballots.map((ballot) => [ballot.row, ballot.entry])).toEqual([
      [
        2,
        {
          valid: true,
          answers: [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3],
          notes: {},
          other: 'Cần lắng nghe hơn.',
          prestige: 1,
        },
      ],
      [3, { valid: true, answers: [1, 2, ...Array(13).fill(0)], notes: {}, other: '', prestige: 0 }],
    ]);
  });

  it('records an entirely blank response as an invalid ballot (blank), and skips a row with nothing at all', () => {
    const check = checkSurveyTable(
      {
        headers,
        rows: [
          response('08:01', '0000000000000000'),
          Array(18).fill(''),
          response('08:03', '0000000000000000', 'Không'),
        ],
      },
      mapping({ blanks: ['', 'không'] }),
      schoolForm,
    );
    expect(check.errors).toEqual([]);
    expect(check.emptyRows).toBe(1);
    expect(check.ballots.map((ballot) => [ballot.row, ballot.entry])).toEqual([
      [2, { valid: false, invalidReason: 'blank', invalidText: '' }],
      [4, { valid: false, invalidReason: 'blank', invalidText: '' }],
    ]);
  });

  it('maps a text to several marks when the head says so', () => {
    const rows = [response('08:01', '1111111111111111')];
    rows[0]![3] = 'Rất tốt, Tốt';
    const check = checkSurveyTable(
      { headers, rows },
      mapping({ answers: [...mapping().answers, { text: 'Rất tốt, Tốt', mark: '*' }] }),
      schoolForm,
    );
    expect(check.ballots[0]!.entry).toMatchObject({ answers: [1, 1, '*', ...Array(12).fill(1)] });
  });

  it('gives a response its id as identity, or else its whole row — dates to the millisecond, trailing empty cells aside', () => {
    const when = new Date('2023-05-17T01:03:17.250Z');
    const byRow = checkSurveyTable(
      { headers, rows: [response(when, '1111111111111111'), response('08:02', '1111111111111111')] },
      mapping(),
      schoolForm,
    );
    expect(byRow.ballots[0]!.identity).toBe(
      `row:${JSON.stringify(['2023-05-17T01:03:17.250Z', ...Array(15).fill('Rất tốt'), 'Uy tín rất cao'])}`,
    );
    expect(byRow.ballots[1]!.identity).not.toBe(byRow.ballots[0]!.identity);

    const withId = checkSurveyTable(
      { headers: [...headers, 'id'], rows: [[...response('08:01', '1111111111111111'), 17]] },
      mapping({ responseId: 'id' }),
      schoolForm,
    );
    expect(withId.ballots[0]!.identity).toBe('id:17');
  });

  it('refuses a row repeated in every cell, and a response without its id', () => {
    const same = response('08:01', '1111111111111111');
    const repeated = checkSurveyTable({ headers, rows: [same, [...same, '', '']] }, mapping(), schoolForm);
    expect(repeated.errors).toEqual([
      { row: 3, column: '', message: { vi: 'giống hệt dòng 2 ở mọi ô', en: 'the same as row 2 in every cell' } },
    ]);
    const noId = checkSurveyTable(
      {
        headers: [...headers, '_uuid'],
        rows: [
          [...same, ''],
          [...response('08:02', '1111111111111111'), ''],
        ],
      },
      mapping({ responseId: '_uuid' }),
      schoolForm,
    );
    expect(noId.errors.map((error) => [error.row, error.column, error.message.vi])).toEqual([
      [2, '_uuid', 'thiếu mã phản hồi'],
      [3, '_uuid', 'thiếu mã phản hồi'],
    ]);
  });

  it('checks the mapping against the form: every row assigned, prestige where the form has it, marks the form has', () => {
    const check = checkSurveyTable(
      { headers: [...headers, 'Câu 1'], rows: [] },
      mapping({
        criteria: [...criterionColumns.slice(0, 14), null, 'Câu 16'],
        prestige: null,
        answers: [{ text: 'Xuất sắc', mark: 5 }],
      }),
      schoolForm,
    );
    expect(check.errors.map((error) => [error.row, error.column, error.message.vi])).toEqual([
      [1, '', 'Phiếu có 15 nội dung, bảng quy đổi gán 16 cột.'],
      [1, '', 'Nội dung 15 («Khả năng kiểm soát cảm xúc cá nhân») chưa được gán cột nào.'],
      [1, '', 'Phiếu có phần đánh giá mức độ uy tín: hãy gán cột của câu hỏi đó.'],
      [1, '', '«Xuất sắc» được quy đổi thành mức 5, phiếu chỉ có mức 1–4.'],
      [1, 'Câu 1', 'Tệp có 2 cột cùng tên «Câu 1»: hãy đổi tên cho khác nhau rồi xuất lại.'],
      [1, 'Câu 16', 'Tệp không có cột «Câu 16».'],
    ]);
  });

  it('a form without prestige refuses a prestige column, and no row is blamed for it again', () => {
    const ratingForm = { ...memberRatingForm, criteria: [{ text: 'Nguyễn Văn A' }] };
    const ratings = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'];
    const check = checkSurveyTable(
      { headers: ['Nguyễn Văn A', 'Uy tín'], rows: [['Hoàn thành tốt nhiệm vụ', 'Uy tín cao']] },
      surveyMappingSchema.parse({
        tool: 'other',
        criteria: ['Nguyễn Văn A'],
        prestige: 'Uy tín',
        other: null,
        responseId: null,
        answers: ratings.map((text, index) => ({ text, mark: index + 1 })),
        prestigeAnswers: [{ text: 'Uy tín cao', mark: 2 }],
      }),
      ratingForm,
    );
    expect(check.errors.map((error) => [error.row, error.column])).toEqual([[1, 'Uy tín']]);
    expect(check.ballots[0]!.entry).toMatchObject({ valid: true, answers: [2], prestige: 0 });
  });

  it('counts every error but lists at most 5,000', () => {
    const rows = Array.from({ length: 400 }, (_, index) =>
      response(`t${index}`, '1111111111111111').map((cell, column) => (column >= 1 && column <= 15 ? 'Khá' : cell)),
    );
    const check = checkSurveyTable({ headers, rows }, mapping(), schoolForm);
    expect(check.errorCount).toBe(6000);
    expect(check.errors).toHaveLength(5000);
    expect(check.ballots).toEqual([]);
  });
});
