import { createHash } from 'node:crypto';
import type { Table } from '../../shared/campaigns/spreadsheetColumns';
import type { ImportedBallot } from '../../shared/counting/ballotLines';
import type { SurveyMapping, SurveyPreview } from '../../shared/counting/surveyMapping';
import { checkSurveyTable, maxListedErrors, type SurveyCheck } from '../../shared/counting/surveyRows';
import { fail } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import type { TemplateContent } from '../../shared/templates/templateContent';
import { readTable } from '../tabular/readTable';
import type { ReadableDB } from '../vault';
import { storedBallotIds } from './ballotStore';
import { surveyBallotId } from './surveyBallotIds';

/** A survey export as uploaded: its first sheet (or CSV) and the SHA-256 of its bytes. */
export interface SurveyFile {
  readonly fileName: string;
  readonly table: Table;
  readonly sha256: string;
}

export async function readSurveyFile(file: { fileName: string; contentBase64: string }): Promise<SurveyFile> {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  return {
    fileName: file.fileName,
    table: await readTable(file.fileName, bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The file's rows checked against the contest's form, each good one a ballot with its lasting id. */
export function surveyBallots(
  survey: SurveyFile,
  mapping: SurveyMapping,
  contest: { id: string; form: TemplateContent },
): { check: SurveyCheck; ballots: ImportedBallot[] } {
  const check = checkSurveyTable(survey.table, mapping, contest.form);
  const ballots = check.ballots.map(({ entry, row, identity }) => ({
    ...entry,
    id: surveyBallotId(contest.id, identity),
    line: row,
  }));
  return { check, ballots };
}

/**
 * What the file would import as, with every error by row and column — those of the file, and
 * the responses the vault holds already (this file, or one repeating its responses, imported
 * before), which the import would refuse too.
 */
export function surveyPreview(
  db: ReadableDB,
  survey: SurveyFile,
  mapping: SurveyMapping,
  contest: { id: string; form: TemplateContent },
): SurveyPreview {
  const { check, ballots } = surveyBallots(survey, mapping, contest);
  const stored = storedBallotIds(
    db,
    ballots.map((ballot) => ballot.id),
  );
  const column = mapping.responseId ?? '';
  const storedErrors = ballots
    .filter((ballot) => stored.has(ballot.id))
    .map((ballot) => ({
      row: ballot.line,
      column,
      message: {
        vi: 'phản hồi này đã được nhập vào kho (tệp đã nhập trước đây?)',
        en: 'this response is in the vault already (was the file imported before?)',
      },
    }));
  const errors = [...check.errors, ...storedErrors].sort((a, b) => a.row - b.row).slice(0, maxListedErrors);
  // Counted as they would go in: a response stored already is an error, not a ballot.
  const fresh = ballots.filter((ballot) => !stored.has(ballot.id));
  const valid = fresh.filter((ballot) => ballot.valid).length;
  return {
    tool: mapping.tool,
    responses: survey.table.rows.length - check.emptyRows,
    valid,
    blank: fresh.length - valid,
    emptyRows: check.emptyRows,
    errors,
    errorCount: check.errorCount + storedErrors.length,
  };
}

/** A file refused whole for its errors: how many, and the first, in the user's words. */
export function refusedSurvey(fileName: string, check: SurveyCheck) {
  const first = check.errors[0]!;
  return fail('SURVEY_INVALID', {
    file: fileName,
    count: check.errorCount,
    first:
      first.column === ''
        ? message('core.counting.rowProblem', { row: first.row, problem: first.message })
        : message('core.counting.cellProblem', { row: first.row, column: first.column, problem: first.message }),
  });
}
