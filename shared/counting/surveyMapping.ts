import { rowErrorSchema } from '../campaigns/campaignSchemas';
import type { Bilingual } from '../i18n/language';
import { bilingualIssue } from '../schema/inputIssues';
import { z } from '../schema/z';
import { severalMarks } from './ballot';

/**
 * A survey tool's export (CSV or XLSX: Google Forms, KoboToolbox/ODK, LimeSurvey) read as ballots
 * through a mapping the head confirms: which column holds which criterion of the form, which
 * answer text is which mark, and which texts count as left blank. The tool is recorded with the
 * batch, so a tally can tell where its ballots came from.
 */

export const surveyTools = ['googleForms', 'kobo', 'limeSurvey', 'other'] as const;
export type SurveyTool = (typeof surveyTools)[number];

export const surveyToolLabels: Readonly<Record<SurveyTool, Bilingual>> = {
  googleForms: { vi: 'Google Biểu mẫu (Google Forms)', en: 'Google Forms' },
  kobo: { vi: 'KoboToolbox / ODK', en: 'KoboToolbox / ODK' },
  limeSurvey: { vi: 'LimeSurvey', en: 'LimeSurvey' },
  other: { vi: 'Công cụ khảo sát khác', en: 'Another survey tool' },
};

/**
 * How a header or an answer is compared: as people read it, so spaces, Unicode composition and
 * case never matter — but diacritics do ("Tốt" is not "Tột"), since the head wrote the text down.
 */
export function textKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A column as its header reads in the file. */
const columnName = z.string().trim().min(1).max(500);
const answerText = z.string().max(500);

/** One answer text and the mark it stands for: a level (1–4, or 1–10 on a points form) or several marks. */
function answerMappingSchema(highest: number) {
  return z
    .array(
      z
        .object({
          text: answerText,
          mark: z.union([z.number().int().min(1).max(highest), z.literal(severalMarks)]),
        })
        .strict(),
    )
    .max(200);
}

const mappingFields = z
  .object({
    tool: z.enum(surveyTools),
    /** Per criterion row of the form, in order: the column that holds it (null: none chosen yet). */
    criteria: z.array(columnName.nullable()).max(100),
    /** The overall prestige (section III), on a form that has it. */
    prestige: columnName.nullable(),
    /** Section II, Ý kiến khác: free text copied as written. */
    other: columnName.nullable(),
    /** A response's own id (Kobo's _uuid, LimeSurvey's id); without one, a digest of the whole row. */
    responseId: columnName.nullable(),
    /** The criteria's answers: text → mark. */
    answers: answerMappingSchema(10),
    /** The prestige answers ("Uy tín rất cao" → 1 …). */
    prestigeAnswers: answerMappingSchema(4),
    /** Texts that mean "left blank"; the empty cell by default. */
    blanks: z.array(answerText).max(50).default(['']),
  })
  .strict();

type MappingFields = z.output<typeof mappingFields>;

/** Each problem of a mapping that is wrong whatever the file says: a text given two meanings, a column two roles. */
function mappingProblems(mapping: MappingFields): Array<{ path: Array<string | number>; message: Bilingual }> {
  const problems: Array<{ path: Array<string | number>; message: Bilingual }> = [];
  const blanks = new Set(mapping.blanks.map(textKey));
  for (const list of ['answers', 'prestigeAnswers'] as const) {
    const seen = new Set<string>();
    mapping[list].forEach(({ text }, index) => {
      const key = textKey(text);
      if (seen.has(key))
        problems.push({
          path: [list, index, 'text'],
          message: { vi: `«${text}» đã được quy đổi ở trên`, en: `“${text}” is mapped above already` },
        });
      else if (blanks.has(key))
        problems.push({
          path: [list, index, 'text'],
          message: { vi: `«${text}» đã được coi là để trống`, en: `“${text}” already counts as blank` },
        });
      seen.add(key);
    });
  }
  const roles = new Map<string, string>();
  const columns: Array<[Array<string | number>, string | null]> = [
    ...mapping.criteria.map((column, index): [Array<string | number>, string | null] => [['criteria', index], column]),
    [['prestige'], mapping.prestige],
    [['other'], mapping.other],
    [['responseId'], mapping.responseId],
  ];
  for (const [path, column] of columns) {
    if (column === null) continue;
    const key = textKey(column);
    if (roles.has(key))
      problems.push({
        path,
        message: { vi: `cột «${column}» đã được gán ở trên`, en: `the column “${column}” is assigned above already` },
      });
    roles.set(key, column);
  }
  return problems;
}

export const surveyMappingSchema = mappingFields.superRefine((mapping, context) => {
  for (const problem of mappingProblems(mapping))
    context.addIssue({ code: 'custom', path: problem.path, ...bilingualIssue(problem.message) });
});
export type SurveyMapping = z.output<typeof surveyMappingSchema>;
export type SurveyMappingInput = z.input<typeof surveyMappingSchema>;

/** One column of the file as the mapping screen shows it: its header and its commonest values. */
export const surveyColumnSchema = z
  .object({
    name: z.string(),
    /** The commonest distinct texts, most frequent first (empty cells left out). */
    values: z.array(z.object({ text: z.string(), count: z.number().int() }).strict()),
    /** How many distinct texts the column holds in all (a free-text column has many). */
    distinct: z.number().int(),
  })
  .strict();

/** What `counting.surveyColumns` answers: the file's columns, the form's rows and a proposed mapping. */
export const surveyColumnsSchema = z
  .object({
    /** Rows that hold anything (the header and empty rows aside). */
    rows: z.number().int(),
    columns: z.array(surveyColumnSchema),
    form: z
      .object({
        criteria: z.array(z.string()),
        /** The marks' names in order ("Rất tốt" … "Yếu kém"; "1" … "10" on a points form). */
        levels: z.array(z.string()),
        prestigeLevels: z.array(z.string()),
        hasOther: z.boolean(),
      })
      .strict(),
    mapping: surveyMappingSchema,
  })
  .strict();
export type SurveyColumns = z.infer<typeof surveyColumnsSchema>;

/** What a file would import as, and every error by row and column; nothing is stored. */
export const surveyPreviewSchema = z
  .object({
    tool: z.enum(surveyTools),
    /** Responses read (rows with anything in them). */
    responses: z.number().int(),
    valid: z.number().int(),
    /** Entirely blank responses: counted as invalid ballots (blank), never tallied. */
    blank: z.number().int(),
    /** Rows with nothing in any cell, skipped. */
    emptyRows: z.number().int(),
    errors: z.array(rowErrorSchema),
    /** Every error, listed or not (the list stops at a few thousand). */
    errorCount: z.number().int(),
  })
  .strict();
export type SurveyPreview = z.infer<typeof surveyPreviewSchema>;
