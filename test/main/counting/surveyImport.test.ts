import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifiedBallotLines } from '../../../main/counting';
import { formatCsv } from '../../../main/tabular/csv';
import { builtInTemplates } from '../../../shared/templates/builtInTemplates';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { openCampaign, recordCounts } from '../../helpers/testCounting';
import {
  googleFormsBallots,
  googleFormsCsv,
  googleFormsOthers,
  googleFormsRows,
  koboBallots,
  koboCsv,
  koboMapping,
  upload,
  xlsxOf,
} from '../../helpers/testSurvey';

const schoolCriteria = builtInTemplates
  .find((template) => template.code === 'school-head-ethics')!
  .content.criteria.map((criterion) => criterion.text);

/** The ballots as JSON lines (SPEC §5): 15 marks then the prestige, with the other comments given. */
function ballotLines(contestId: string, ballots: readonly string[], others: Readonly<Record<number, string>> = {}) {
  return ballots
    .map((marks, index) =>
      JSON.stringify({
        contest: contestId,
        ballot: randomUUID(),
        valid: true,
        answers: [...marks.slice(0, 15)].map(Number),
        notes: {},
        other: others[index] ?? '',
        prestige: Number(marks[15]),
      }),
    )
    .join('\n');
}

describe('importing a survey tool’s export (issue 19, point 3)', () => {
  const temp = useTempDirectories();

  it('proposes a mapping for a Google Forms export: each criterion’s column by its words, prestige, other comments, answers by level name', async () => {
    const { core, head, school } = await openCampaign(temp());
    const columns = await head.ok('counting.surveyColumns', {
      contestId: school.id,
      file: upload('Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).csv', googleFormsCsv),
    });
    expect(columns.rows).toBe(10);
    expect(columns.form.criteria).toEqual(schoolCriteria);
    expect(columns.mapping).toEqual({
      tool: 'googleForms',
      criteria: schoolCriteria,
      prestige: 'Đánh giá mức độ uy tín của cá nhân lãnh đạo',
      other: 'Ý kiến khác',
      responseId: null,
      answers: expect.arrayContaining([
        { text: 'Rất tốt', mark: 1 },
        { text: 'Tốt', mark: 2 },
        { text: 'Trung bình', mark: 3 },
        { text: 'Yếu kém', mark: 4 },
      ]),
      prestigeAnswers: expect.arrayContaining([
        { text: 'Uy tín rất cao', mark: 1 },
        { text: 'Uy tín cao', mark: 2 },
        { text: 'Uy tín thấp', mark: 3 },
        { text: 'Uy tín rất thấp', mark: 4 },
      ]),
      blanks: [''],
    });
    expect(columns.mapping.answers).toHaveLength(4);
    const timestamps = columns.columns.find((column) => column.name === 'Dấu thời gian')!;
    expect(timestamps.distinct).toBe(10);
    // The proposal previews clean as it stands.
    const preview = await head.ok('counting.previewSurveyImport', {
      contestId: school.id,
      file: upload('phieu.csv', googleFormsCsv),
      mapping: columns.mapping,
    });
    expect(preview).toEqual({
      tool: 'googleForms',
      responses: 10,
      valid: 10,
      blank: 0,
      emptyRows: 0,
      errors: [],
      errorCount: 0,
    });
    core.shutdown();
  });

  it('lists every error by row and column: an unknown answer, a missing column, a repeated response id, an empty cell not counted as blank', async () => {
    const { core, head, school } = await openCampaign(temp());
    const rows = googleFormsRows();
    rows[3]![5] = 'Khá'; // row 4 of the sheet, criterion 5
    rows[8]![16] = 'Không đánh giá'; // row 9, the prestige
    const file = upload('phieu.csv', formatCsv(rows));
    const { mapping } = await head.ok('counting.surveyColumns', { contestId: school.id, file });
    const renamed = {
      ...mapping,
      criteria: mapping.criteria.map((column, index) => (index === 1 ? 'Dân chủ' : column)),
    };
    const preview = await head.ok('counting.previewSurveyImport', { contestId: school.id, file, mapping: renamed });
    expect(preview.errors.map(({ row, column, message }) => [row, column, message.vi])).toEqual([
      [1, 'Dân chủ', 'Tệp không có cột «Dân chủ».'],
      [4, schoolCriteria[4], 'câu trả lời «Khá» chưa có trong bảng quy đổi'],
      [9, 'Đánh giá mức độ uy tín của cá nhân lãnh đạo', 'câu trả lời «Không đánh giá» chưa có trong bảng quy đổi'],
    ]);
    expect(preview).toMatchObject({ responses: 10, valid: 8, errorCount: 3 });
    expect(preview.errors[1]!.message.en).toBe('the answer “Khá” is not in the mapping');

    // Without '' among the blanks, the 7th response's unanswered criterion 3 is an error, not a blank.
    const good = upload('phieu.csv', googleFormsCsv);
    const proposed = (await head.ok('counting.surveyColumns', { contestId: school.id, file: good })).mapping;
    const strict = await head.ok('counting.previewSurveyImport', {
      contestId: school.id,
      file: good,
      mapping: { ...proposed, blanks: [] },
    });
    expect(strict.errors.map(({ row, column }) => [row, column])).toEqual([
      [8, schoolCriteria[2]],
      [10, 'Đánh giá mức độ uy tín của cá nhân lãnh đạo'],
    ]);
    core.shutdown();
  });

  it('names a repeated response id (Kobo’s _uuid) by its row and column', async () => {
    const { core, head, school } = await openCampaign(temp());
    const lines = koboCsv.trimEnd().split('\n');
    const repeated = [...lines, lines[2]!.replace('"4102"', '"4107"')].join('\n');
    const preview = await head.ok('counting.previewSurveyImport', {
      contestId: school.id,
      file: upload('kobo.csv', repeated),
      mapping: koboMapping,
    });
    expect(preview.errors.map(({ row, column, message }) => [row, column, message.vi])).toEqual([
      [8, '_uuid', 'mã phản hồi trùng với dòng 3'],
    ]);
    core.shutdown();
  });

  it('imports all or nothing: one bad row and not one ballot, batch or audit entry goes in', async () => {
    const { core, head, school } = await openCampaign(temp());
    const rows = googleFormsRows();
    rows[10]![15] = 'Xuất sắc';
    const file = upload('phieu.csv', formatCsv(rows));
    const { mapping } = await head.ok('counting.surveyColumns', { contestId: school.id, file });
    const count = (sql: string) => core.vault.store.read((db) => db.prepare(sql).pluck().get());
    const before = [count('SELECT count(*) FROM audit_log'), count('SELECT count(*) FROM batches')];
    const refused = await head.call('counting.importSurvey', { contestId: school.id, file, mapping });
    expect(!refused.ok && refused.error.code).toBe('SURVEY_INVALID');
    expect(!refused.ok && refused.error.message.vi).toBe(
      'Tệp «phieu.csv» có 1 lỗi nên chưa nhập phiếu nào (xem trước để thấy mọi lỗi theo dòng và cột). ' +
        `Lỗi đầu tiên: dòng 11, cột «${schoolCriteria[14]}»: câu trả lời «Xuất sắc» chưa có trong bảng quy đổi`,
    );
    expect(count('SELECT count(*) FROM ballots')).toBe(0);
    expect([count('SELECT count(*) FROM audit_log'), count('SELECT count(*) FROM batches')]).toEqual(before);
    core.shutdown();
  });

  it('a 10-row Google Forms XLSX tallies exactly as the same ballots imported as JSON lines, and the batch names its source', async () => {
    const { core, head, school, contests } = await openCampaign(temp());
    const other = contests.find((contest) => contest.unitName === 'THCS Sài Đồng')!;
    const file = upload('Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx', await xlsxOf(googleFormsCsv));
    const { mapping } = await head.ok('counting.surveyColumns', { contestId: school.id, file });
    await recordCounts(head, school, { valid: 10 });
    const imported = await head.ok('counting.importSurvey', { contestId: school.id, file, mapping });
    expect(imported).toMatchObject({ imported: 10, valid: 10, blank: 0 });
    expect(imported.batch).toMatchObject({
      source: 'imported',
      verified: true,
      verifiedBallots: 10,
      label: 'Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx',
      importedFrom: { kind: 'survey', tool: 'googleForms', fileName: 'Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx' },
    });

    await recordCounts(head, other, { valid: 10 });
    const lines = await head.ok('counting.importBallots', {
      contestId: other.id,
      fileName: 'phieu.jsonl',
      text: ballotLines(other.id, googleFormsBallots, googleFormsOthers),
    });
    expect(lines.batch.importedFrom).toEqual({ kind: 'ballotLines', tool: null, fileName: 'phieu.jsonl' });

    await head.ok('counting.close', { contestId: school.id });
    await head.ok('counting.close', { contestId: other.id });
    const fromSurvey = (await head.ok('results.tally', { contestId: school.id })).tally;
    const fromLines = (await head.ok('results.tally', { contestId: other.id })).tally;
    expect(fromSurvey.ballots).toEqual({ issued: 10, returned: 10, valid: 10, invalid: 0 });
    expect(fromSurvey.criteria).toEqual(fromLines.criteria);
    expect(fromSurvey.prestige).toEqual(fromLines.prestige);
    // Criterion 3 was left blank once (the 7th response), the prestige once (the 9th).
    expect(fromSurvey.criteria[2]).toMatchObject({ blank: 1 });
    expect(fromSurvey.prestige).toMatchObject({ levels: [4, 2, 2, 1], blank: 1 });
    const comments = await head.ok('results.comments', { contestId: school.id });
    expect([...comments.other].sort()).toEqual(Object.values(googleFormsOthers).sort());

    // The source row keeps the mapping as applied and the file's digest, and the audit says who imported what.
    const source = core.vault.store.read(
      (db) =>
        db
          .prepare('SELECT kind, tool, file_sha256, mapping FROM batch_sources WHERE batch_id = ?')
          .get(imported.batch.id) as {
          kind: string;
          tool: string;
          file_sha256: string;
          mapping: string;
        },
    );
    expect(source).toMatchObject({ kind: 'survey', tool: 'googleForms' });
    expect(source.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(source.mapping)).toEqual(mapping);
    const audit = core.vault.store.read(
      (db) =>
        db.prepare(`SELECT details FROM audit_log WHERE event = 'ballots.surveyImported'`).pluck().get() as string,
    );
    expect(JSON.parse(audit)).toMatchObject({
      contestId: school.id,
      tool: 'googleForms',
      ballots: 10,
      fileSha256: source.file_sha256,
    });
    core.shutdown();
  });

  it('refuses the same file twice as duplicates, and the preview names every response already stored', async () => {
    const { core, head, school } = await openCampaign(temp());
    const file = upload('phieu.csv', googleFormsCsv);
    const { mapping } = await head.ok('counting.surveyColumns', { contestId: school.id, file });
    await head.ok('counting.importSurvey', { contestId: school.id, file, mapping });
    const again = await head.call('counting.importSurvey', {
      contestId: school.id,
      file: upload('phieu (1).csv', googleFormsCsv),
      mapping,
    });
    expect(!again.ok && again.error.code).toBe('BALLOTS_ALREADY_STORED');
    expect(!again.ok && again.error.message.vi).toContain(
      'có 10 phiếu đã có trong kho (dòng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)',
    );
    const preview = await head.ok('counting.previewSurveyImport', { contestId: school.id, file, mapping });
    expect(preview).toMatchObject({ responses: 10, valid: 0, blank: 0, errorCount: 10 });
    expect(preview.errors[0]).toMatchObject({ row: 2, column: '' });
    expect(preview.errors[0]!.message.vi).toContain('đã được nhập vào kho');
    // A later export with one new response is refused whole too: its old rows are in the vault.
    const rows = googleFormsRows();
    rows.push(['2023/05/17 9:40:00 SA GMT+7', ...rows[3]!.slice(1)]);
    const longer = await head.call('counting.importSurvey', {
      contestId: school.id,
      file: upload('phieu-moi.csv', formatCsv(rows)),
      mapping,
    });
    expect(!longer.ok && longer.error.code).toBe('BALLOTS_ALREADY_STORED');
    expect(core.vault.store.read((db) => db.prepare('SELECT count(*) FROM ballots').pluck().get())).toBe(10);
    core.shutdown();
  });

  it('a KoboToolbox export: the _uuid proposed as the id, the codes mapped by the head, “n/a” and an empty response blank', async () => {
    const { core, head, school } = await openCampaign(temp());
    const file = upload('thcs_ngoc_lam_-_all_versions_-_False_-_2023-05-17-08-30-00.csv', koboCsv);
    const columns = await head.ok('counting.surveyColumns', { contestId: school.id, file });
    expect(columns.mapping).toMatchObject({
      tool: 'kobo',
      responseId: '_uuid',
      prestige: 'uy_tin',
      answers: [],
      prestigeAnswers: [],
    });
    // XML names say nothing of the criteria, and a bare code is never taken for a level.
    expect(columns.mapping.criteria.every((column) => column === null)).toBe(true);
    const unmapped = await head.ok('counting.previewSurveyImport', {
      contestId: school.id,
      file,
      mapping: columns.mapping,
    });
    expect(unmapped.errors.slice(0, 2).map((error) => [error.row, error.message.vi])).toEqual([
      [1, 'Nội dung 1 («Là trung tâm của sự đoàn kết trong nhà trường») chưa được gán cột nào.'],
      [1, expect.stringMatching(/^Nội dung 2 \(«Phát huy dân chủ \(không áp đặt; .*…»\) chưa được gán cột nào\.$/)],
    ]);

    const preview = await head.ok('counting.previewSurveyImport', { contestId: school.id, file, mapping: koboMapping });
    expect(preview).toMatchObject({ tool: 'kobo', responses: 6, valid: 5, blank: 1, errors: [] });
    const imported = await head.ok('counting.importSurvey', { contestId: school.id, file, mapping: koboMapping });
    expect(imported).toMatchObject({ imported: 6, valid: 5, blank: 1 });
    expect(imported.batch.importedFrom).toMatchObject({ kind: 'survey', tool: 'kobo' });
    // Each ballot as the codes said, in marks; the response that answered nothing is invalid (blank).
    const stored = core.vault.store.read((db) => verifiedBallotLines(db, imported.batch.id));
    const marks = stored.flatMap((line) =>
      line.valid ? [[...(line.answers ?? []), line.prestige].join('')] : [line.invalidReason],
    );
    expect(marks.sort()).toEqual([...koboBallots, 'blank'].sort());
    core.shutdown();
  });

  it('is for the head alone, and only while the contest is open to counting', async () => {
    const { core, head, counter1, admin, school } = await openCampaign(temp());
    const file = upload('phieu.csv', googleFormsCsv);
    const { mapping } = await head.ok('counting.surveyColumns', { contestId: school.id, file });
    for (const client of [counter1, admin]) {
      expect(await client.code('counting.surveyColumns', { contestId: school.id, file })).toBe('FORBIDDEN');
      expect(await client.code('counting.importSurvey', { contestId: school.id, file, mapping })).toBe('FORBIDDEN');
    }
    expect(await head.code('counting.importSurvey', { contestId: randomUUID(), file, mapping })).toBe('NOT_FOUND');
    const unreadable = await head.call('counting.surveyColumns', {
      contestId: school.id,
      file: upload('phieu.xlsx', 'không phải Excel'),
    });
    expect(!unreadable.ok && unreadable.error.code).toBe('IMPORT_UNREADABLE');
    core.shutdown();
  });
});
