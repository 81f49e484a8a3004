import { severalMarks } from '../../shared/counting/ballot';
import { textKey, type SurveyColumns, type SurveyMapping } from '../../shared/counting/surveyMapping';

/**
 * The mapping screen's edits of a survey mapping, as plain functions: which answer texts the
 * mapped columns hold, what each stands for now, and the mapping once one of them changes.
 */

/** Which list of the mapping an answer belongs to: the criteria's answers or the prestige's. */
export type AnswerList = 'answers' | 'prestigeAnswers';

/** A column's role in the mapping, besides the criteria's. */
export type ColumnRole = 'prestige' | 'other' | 'responseId';

/**
 * What a text stands for, as a select's value: '' not mapped yet (the preview reports it),
 * 'blank' left blank, '*' several marks, or a mark's number.
 */
export type AnswerChoice = string;
export const unmappedChoice = '';
export const blankChoice = 'blank';

/** One answer text found in the mapped columns, and how often. */
export interface AnswerText {
  readonly text: string;
  readonly count: number;
}

/** The distinct answer texts of these columns (one per textKey), commonest first. */
export function answerTexts(columns: SurveyColumns['columns'], names: ReadonlyArray<string | null>): AnswerText[] {
  const found = new Map<string, { text: string; count: number }>();
  for (const name of new Set(names)) {
    if (name === null) continue;
    for (const value of columns.find((column) => column.name === name)?.values ?? []) {
      const key = textKey(value.text);
      const seen = found.get(key);
      if (seen) seen.count += value.count;
      else found.set(key, { text: value.text, count: value.count });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'vi'));
}

/** The marks a form's answers may stand for: its levels (1–4), or 1–10 on a points form. */
export function markNames(levels: readonly string[]): string[] {
  return levels.every((level) => /^\d+$/.test(level)) ? [...levels] : levels.slice(0, 4);
}

const isBlank = (mapping: SurveyMapping, text: string) =>
  mapping.blanks.some((blank) => textKey(blank) === textKey(text));

/** What a text stands for in the mapping now. */
export function answerChoice(mapping: SurveyMapping, list: AnswerList, text: string): AnswerChoice {
  if (isBlank(mapping, text)) return blankChoice;
  const mapped = mapping[list].find((answer) => textKey(answer.text) === textKey(text));
  return mapped ? String(mapped.mark) : unmappedChoice;
}

const without = <T extends { text: string }>(entries: readonly T[], text: string) =>
  entries.filter((entry) => textKey(entry.text) !== textKey(text));

/**
 * The mapping with a text standing for a new choice. Blank holds for every column (one list of
 * blank texts), so a text made blank leaves both lists; a mark takes it out of the blanks.
 */
export function withAnswerChoice(
  mapping: SurveyMapping,
  list: AnswerList,
  text: string,
  choice: AnswerChoice,
): SurveyMapping {
  const blanks = mapping.blanks.filter((blank) => textKey(blank) !== textKey(text));
  if (choice === blankChoice)
    return {
      ...mapping,
      answers: without(mapping.answers, text),
      prestigeAnswers: without(mapping.prestigeAnswers, text),
      blanks: [...blanks, text],
    };
  const next = { ...mapping, blanks, [list]: without(mapping[list], text) };
  if (choice === unmappedChoice) return next;
  const mark = choice === severalMarks ? severalMarks : Number(choice);
  return { ...next, [list]: [...next[list], { text, mark }] };
}

/** Whether an empty cell counts as left blank (otherwise it is an error to report). */
export function emptyCellsBlank(mapping: SurveyMapping): boolean {
  return mapping.blanks.includes('');
}

export function withEmptyCellsBlank(mapping: SurveyMapping, blank: boolean): SurveyMapping {
  const others = mapping.blanks.filter((text) => text !== '');
  return { ...mapping, blanks: blank ? ['', ...others] : others };
}

/** The mapping with a criterion row's column chosen (null: none). */
export function withCriterionColumn(mapping: SurveyMapping, row: number, column: string | null): SurveyMapping {
  return { ...mapping, criteria: mapping.criteria.map((chosen, index) => (index === row ? column : chosen)) };
}

/** The mapping with the prestige, other-comments or response-id column chosen (null: none). */
export function withColumn(mapping: SurveyMapping, role: ColumnRole, column: string | null): SurveyMapping {
  return { ...mapping, [role]: column };
}
