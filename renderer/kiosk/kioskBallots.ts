import { isEntirelyBlank, type BallotEntry, type ValidBallot } from '../../shared/counting/ballot';
import type { KioskBallotPaper } from '../../shared/kiosk/kioskSchemas';
import { subjectPlaceholder, unitPlaceholder, type TemplateContent } from '../../shared/templates/templateContent';

/** What one voter marked on the form of one person: 0 is no mark (a row may be left so). */
export interface PersonMarks {
  readonly answers: readonly number[];
  /** By criterion number, 1-based, as on paper. */
  readonly notes: Readonly<Record<string, string>>;
  readonly other: string;
  readonly prestige: number;
}

export type KioskContest = KioskBallotPaper['contests'][number];

/** Nothing marked yet, for each person of the paper. */
export function emptyMarks(paper: KioskBallotPaper): PersonMarks[] {
  return paper.contests.map((contest) => ({
    answers: contest.form.criteria.map(() => 0),
    notes: {},
    other: '',
    prestige: 0,
  }));
}

/** The highest mark of a row: 10 on the points form, 4 otherwise. */
export function maxMarkOf(form: TemplateContent): number {
  return form.scale === 'points10' ? 10 : 4;
}

/** The marks a row offers, as the paper names them: the levels, or 1–10. */
export function markLabelsOf(form: TemplateContent): string[] {
  return form.scale === 'points10' ? Array.from({ length: 10 }, (_, index) => String(index + 1)) : [...form.levels];
}

/** The mark a key picks on this form: 1–4 (levels), 1–9 and 0 for 10 (points); null for any other key. */
export function markOfKey(key: string, maxMark: number): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const digit = Number(key);
  if (maxMark === 10) return digit === 0 ? 10 : digit;
  return digit >= 1 && digit <= maxMark ? digit : null;
}

/**
 * The ballot a voter's marks make for one person. Nothing marked or written at all is an
 * invalid blank ballot (the core refuses an entirely blank valid one).
 */
export function ballotOf(marks: PersonMarks): BallotEntry {
  const notes = Object.fromEntries(
    Object.entries(marks.notes)
      .map(([row, text]) => [row, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  const ballot: ValidBallot = {
    valid: true,
    answers: [...marks.answers],
    notes,
    other: marks.other.trim(),
    prestige: marks.prestige,
  };
  return isEntirelyBlank(ballot) ? { valid: false, invalidReason: 'blank', invalidText: '' } : ballot;
}

/** What kiosk.cast carries: one ballot per person, in the paper's order. */
export function castBallots(paper: KioskBallotPaper, marks: readonly PersonMarks[]) {
  return paper.contests.map((contest, index) => ({ contestId: contest.contestId, ballot: ballotOf(marks[index]!) }));
}

/** The paper's subtitle for one person: the «…» places filled with the person and the unit. */
export function subtitleFor(form: TemplateContent, subjectName: string, unitName: string): string {
  return form.subtitle.split(subjectPlaceholder).join(subjectName).split(unitPlaceholder).join(unitName);
}
