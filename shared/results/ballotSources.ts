import { surveyTools, type SurveyTool } from '../counting/surveyMapping';
import { z } from '../schema/z';

/**
 * Ballots by source (issue 19, point 4): how many of a contest's counted ballots were paper and
 * how many electronic. It stands beside the tally, never inside it: the canonical result is
 * signed and digested, and every seal made before sources were counted must keep verifying.
 */

/** Where one batch's ballots came from, as the vault records it. */
export type BatchSourceKind =
  /** Paper keyed twice at this desk (or a desk's first keying keyed again here). */
  | 'keyed'
  /** Paper keyed and verified at another desk, merged here. */
  | 'desk'
  /** A file of ballot lines (JSON lines). */
  | 'ballotLines'
  /** A survey tool's export read through a mapping. */
  | 'survey'
  /** Cast at the conference's voting kiosk with a one-time code. */
  | 'kiosk';

/** The counted ballots of one source (a kind, and a tool for a survey). */
export interface SourceCount {
  readonly kind: BatchSourceKind;
  readonly tool: SurveyTool | null;
  readonly valid: number;
  readonly invalid: number;
}

const countsSchema = z.object({ valid: z.number().int().min(0), invalid: z.number().int().min(0) }).strict();

/** One kind of electronic import, with its tool when a survey. */
const electronicPartSchema = countsSchema
  .extend({ kind: z.enum(['kiosk', 'ballotLines', 'survey']), tool: z.enum(surveyTools).nullable() })
  .strict();

export const ballotSourcesSchema = z
  .object({
    paper: countsSchema,
    /** Every electronic ballot, and the imports it came through (ballot lines first, then each survey tool). */
    electronic: countsSchema.extend({ parts: z.array(electronicPartSchema) }).strict(),
    /** The same ballots the tally counts: total.valid and total.invalid are the tally's. */
    total: countsSchema,
  })
  .strict();
export type BallotSources = z.infer<typeof ballotSourcesSchema>;
export type ElectronicPart = BallotSources['electronic']['parts'][number];

/** The kiosk first, then ballot lines, then each survey tool. */
const partOrder = (part: { kind: string; tool: SurveyTool | null }) =>
  part.kind === 'kiosk' ? -2 : part.kind === 'ballotLines' ? -1 : surveyTools.indexOf(part.tool ?? 'other');

/** Folds the counts of each source into paper, electronic and total. */
export function ballotSourcesOf(counts: readonly SourceCount[]): BallotSources {
  const sum = (rows: readonly SourceCount[]) => ({
    valid: rows.reduce((total, row) => total + row.valid, 0),
    invalid: rows.reduce((total, row) => total + row.invalid, 0),
  });
  const isPaper = (row: SourceCount) => row.kind === 'keyed' || row.kind === 'desk';
  const electronic = counts.filter((row) => !isPaper(row));
  // One part per kind and tool, whatever number of batches (or rows) brought it.
  const parts = new Map<string, ElectronicPart>();
  for (const row of electronic) {
    const kind = row.kind as ElectronicPart['kind'];
    const tool = kind === 'survey' ? (row.tool ?? 'other') : null;
    const key = `${kind}:${tool ?? ''}`;
    const before = parts.get(key);
    parts.set(key, {
      kind,
      tool,
      valid: (before?.valid ?? 0) + row.valid,
      invalid: (before?.invalid ?? 0) + row.invalid,
    });
  }
  return {
    paper: sum(counts.filter(isPaper)),
    electronic: {
      ...sum(electronic),
      parts: [...parts.values()]
        .filter((part) => part.valid + part.invalid > 0)
        .sort((a, b) => partOrder(a) - partOrder(b)),
    },
    total: sum(counts),
  };
}

/** Whether any counted ballot was electronic: only then do prints say where the ballots came from. */
export function hasElectronicBallots(sources: BallotSources): boolean {
  return sources.electronic.valid + sources.electronic.invalid > 0;
}
