import { cellText, type Table } from '../campaigns/spreadsheetColumns';
import type { TemplateContent } from '../templates/templateContent';
import { foldForSearch } from '../text/vietnamese';
import { textKey, type SurveyColumns, type SurveyMapping, type SurveyTool } from './surveyMapping';

/**
 * A first mapping for a survey export, for the head to confirm or correct: columns found by the
 * criteria's own words, answers by the level names, diacritics and case aside. Only what matches
 * unambiguously is proposed; a bare code ("1", "a") is never taken for a level, since a tool may
 * number its choices either way and a wrong guess would turn the result over.
 */

/** Distinct values listed of a free-text column. */
const listedValues = 20;
/**
 * A column of answers has a closed set of texts (levels, codes, a few typing variants): every one
 * of them is listed, so each can be mapped on screen. Only a column with more — free text — is
 * cut to its commonest.
 */
const everyValueUpTo = 100;

/** Folded, without a question's numbering ("1.", "Câu 2:") or a trailing mark ("*", ":", "."). */
function core(text: string): string {
  return foldForSearch(text)
    .replace(/^(?:(?:cau|noi dung|tieu chi|muc)\s*)?\(?\d{1,3}\s*[.):\-–]\s*/, '')
    .replace(/^[ivx]{1,4}\.\s+/, '')
    .replace(/[\s.:;?!*]+$/, '')
    .replace(/_/g, ' ')
    .trim();
}

/** A Google Forms grid's column, "Question [Row]", is its row; any other header is itself. */
function headerCore(header: string): string {
  const grid = /\[([^\]]+)\]\s*$/.exec(header);
  return core(grid ? grid[1]! : header);
}

/** Which tool wrote the file, by the columns each one adds of its own. */
export function guessSurveyTool(headers: readonly string[]): SurveyTool {
  const folded = new Set(headers.map((header) => foldForSearch(cellText(header))));
  const first = foldForSearch(cellText(headers[0] ?? ''));
  if (['_uuid', '_submission_time', 'meta/instanceid', '_index'].some((name) => folded.has(name))) return 'kobo';
  if (['submitdate', 'lastpage', 'startlanguage', 'date submitted', 'last page'].some((name) => folded.has(name)))
    return 'limeSurvey';
  if (first === 'dau thoi gian' || first === 'timestamp') return 'googleForms';
  return 'other';
}

/** A response id column, by the names the tools give it; Google Forms has none. */
const idHeaders = ['_uuid', 'meta/instanceid', 'instanceid', 'response id', 'ma phan hoi', 'id', '_id'];

function guessResponseId(headers: readonly string[]): string | null {
  const folded = headers.map((header) => foldForSearch(cellText(header)));
  for (const name of idHeaders) {
    const index = folded.indexOf(name);
    if (index >= 0) return cellText(headers[index]);
  }
  return null;
}

/** Each criterion's column: the same words first, then a unique header that contains them (or they it). */
function guessCriteria(headers: readonly string[], criteria: readonly string[], taken: Set<number>) {
  const cores = headers.map((header) => headerCore(cellText(header)));
  const wanted = criteria.map(core);
  const chosen: Array<number | null> = wanted.map((criterion) => {
    const index = cores.findIndex((header, position) => !taken.has(position) && header === criterion);
    if (index < 0 || criterion === '') return null;
    taken.add(index);
    return index;
  });
  wanted.forEach((criterion, row) => {
    if (chosen[row] !== null || criterion.length < 12) return;
    const near = cores
      .map((header, position) => ({ header, position }))
      .filter(
        ({ header, position }) =>
          !taken.has(position) && header.length >= 12 && (header.includes(criterion) || criterion.includes(header)),
      );
    if (near.length !== 1) return;
    chosen[row] = near[0]!.position;
    taken.add(near[0]!.position);
  });
  return chosen.map((index) => (index === null ? null : cellText(headers[index])));
}

/** The first free column whose header says it (prestige: "uy tín"; other comments: "ý kiến khác"). */
function guessByWords(headers: readonly string[], words: readonly string[], taken: Set<number>): string | null {
  const index = headers.findIndex(
    (header, position) => !taken.has(position) && words.some((word) => core(cellText(header)).includes(word)),
  );
  if (index < 0) return null;
  taken.add(index);
  return cellText(headers[index]);
}

/** Each distinct text of the given columns whose words are a level's name → that level. */
function guessAnswers(texts: readonly string[], levels: readonly string[], points: boolean) {
  // A ballot holds marks up to 4 for levels and prestige: a fifth named level has no mark to map to.
  const byName = new Map(levels.slice(0, 4).map((level, index) => [core(level), index + 1]));
  const answers: SurveyMapping['answers'] = [];
  const keys = new Set<string>();
  for (const text of texts) {
    // "Tốt" and "tốt" are one answer to the mapping: proposed once.
    if (text === '' || keys.has(textKey(text))) continue;
    const named = byName.get(core(text));
    const point = points && /^\d{1,2}$/.test(text.trim()) ? Number(text) : undefined;
    const mark = named ?? (point !== undefined && point >= 1 && point <= 10 ? point : undefined);
    if (mark === undefined) continue;
    answers.push({ text, mark });
    keys.add(textKey(text));
  }
  return answers;
}

/** Per column: its distinct texts, commonest first. */
function columnValues(table: Table) {
  return table.headers.map((header, index) => {
    const counts = new Map<string, number>();
    for (const cells of table.rows) {
      const text = cellText(cells[index]);
      if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const values = [...counts]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'vi'));
    return { name: cellText(header), values, distinct: counts.size };
  });
}

/** The file's columns, the form's rows and marks, and the mapping proposed for them. */
export function proposeSurveyMapping(table: Table, form: TemplateContent): SurveyColumns {
  const headers = table.headers;
  const taken = new Set<number>();
  const responseId = guessResponseId(headers);
  if (responseId !== null) taken.add(headers.findIndex((header) => cellText(header) === responseId));
  const criteria = guessCriteria(
    headers,
    form.criteria.map((criterion) => criterion.text),
    taken,
  );
  const prestige = form.prestigeHeading === null ? null : guessByWords(headers, ['uy tin', 'prestige'], taken);
  const other = form.otherHeading === null ? null : guessByWords(headers, ['y kien khac', 'other comment'], taken);
  const values = columnValues(table);
  const textsOf = (names: ReadonlyArray<string | null>) => [
    ...new Set(
      names.flatMap((name) => values.find((column) => column.name === name)?.values.map((value) => value.text) ?? []),
    ),
  ];
  const points = form.scale === 'points10';
  const levels = points ? Array.from({ length: 10 }, (_, index) => String(index + 1)) : form.levels;
  return {
    rows: table.rows.filter((cells) => cells.some((cell) => cellText(cell) !== '')).length,
    columns: values.map((column) => ({
      ...column,
      values: column.distinct <= everyValueUpTo ? column.values : column.values.slice(0, listedValues),
    })),
    form: {
      criteria: form.criteria.map((criterion) => criterion.text),
      levels,
      prestigeLevels: form.prestigeLevels,
      hasOther: form.otherHeading !== null,
    },
    mapping: {
      tool: guessSurveyTool(headers),
      criteria,
      prestige,
      other,
      responseId,
      answers: guessAnswers(textsOf(criteria), form.levels, points),
      prestigeAnswers: guessAnswers(textsOf([prestige]), form.prestigeLevels, false),
      blanks: [''],
    },
  };
}
