import { message } from '../../shared/i18n/messages';
import { recordBytes, severalMarksNibble } from '../../shared/counting/packedMarks';
import { AppError } from '../../shared/errors';
import { contestTally, type RowCounts } from '../../shared/results/contestTallyArithmetic';
import type { ContestTally } from '../../shared/results/resultSchemas';
import type { TemplateContent } from '../../shared/templates/templateContent';
import { contestContext } from '../campaigns';
import { getCounts } from '../counting';
import type { ReadableDB } from '../vault';

/** Counts of every (row, mark) pair of a contest's packed records: index row × 16 + mark (4 bits). */
export interface MarkCounts {
  readonly width: number;
  readonly records: number;
  readonly pairs: Uint32Array;
}

/**
 * A full recount from the stored records (migrations 004 and 020): one narrow blob per verified
 * batch. Each byte holds two rows' marks, so the loop counts byte values per byte position (one
 * step per byte) and splits them into the two rows' marks at the end. No counter is kept
 * anywhere; every tally starts from the ballots.
 */
export function countMarks(db: ReadableDB, contestId: string, width: number): MarkCounts {
  const bytes = recordBytes(width);
  const byteCounts = new Uint32Array(bytes * 256);
  let records = 0;
  const blobs = db.prepare('SELECT width, marks FROM ballot_marks WHERE contest_id = ?').raw().iterate(contestId);
  for (const [blobWidth, marks] of blobs as Iterable<[number, Uint8Array]>) {
    // A form's rows are frozen when the campaign opens: another width means a damaged vault.
    if (blobWidth !== width)
      throw new Error(`ballot_marks of contest ${contestId}: width ${blobWidth}, expected ${width}`);
    for (let offset = 0; offset < marks.length; offset += bytes)
      for (let at = 0; at < bytes; at += 1) byteCounts[(at << 8) | marks[offset + at]!]! += 1;
    records += marks.length / bytes;
  }
  const pairs = new Uint32Array(width * 16);
  for (let at = 0; at < bytes; at += 1)
    for (let byte = 0; byte < 256; byte += 1) {
      const count = byteCounts[(at << 8) | byte]!;
      if (count === 0) continue;
      const even = at << 1;
      pairs[(even << 4) | (byte & 0x0f)]! += count;
      // The last byte of an odd width has no second row: its high half must be empty.
      if (even + 1 < width) pairs[((even + 1) << 4) | (byte >> 4)]! += count;
      else if (byte >> 4 !== 0) throw new Error(`ballot_marks of contest ${contestId}: a mark past the last row`);
    }
  return { width, records, pairs };
}

function rowCounts(counts: MarkCounts, row: number, levelCount: number): RowCounts {
  const at = (mark: number) => counts.pairs[(row << 4) | mark]!;
  const levels = Array.from({ length: levelCount }, (_, index) => at(index + 1));
  const known = levels.reduce((total, count) => total + count, 0) + at(0) + at(severalMarksNibble);
  if (known !== counts.records) throw new Error(`row ${row + 1} holds a mark outside the form's levels`);
  return { levels, blank: at(0), multi: at(severalMarksNibble) };
}

interface ContestFacts {
  campaign_name: string;
  year: number;
  percentage_base: 'returned' | 'valid';
  low_share_threshold: number;
  text_floor: number;
  unit_type: string;
}

function contestFacts(db: ReadableDB, contestId: string): ContestFacts {
  const row = db
    .prepare(
      `SELECT c.name AS campaign_name, c.year, c.percentage_base, c.low_share_threshold, c.text_floor, t.name AS unit_type
       FROM contests k JOIN campaigns c ON c.id = k.campaign_id JOIN subjects s ON s.id = k.subject_id
       JOIN units u ON u.id = s.unit_id JOIN unit_types t ON t.code = u.unit_type WHERE k.id = ?`,
    )
    .get(contestId) as ContestFacts | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.thing.contest') });
  return row;
}

/** The campaign's floor for showing free text of a contest. */
export function textFloorOf(db: ReadableDB, contestId: string): number {
  return contestFacts(db, contestId).text_floor;
}

/** The tally of one contest, recomputed from its verified ballots. */
export function tallyContest(db: ReadableDB, contestId: string): ContestTally {
  const context = contestContext(db, contestId);
  const facts = contestFacts(db, contestId);
  const form = JSON.parse(context.content) as TemplateContent;
  const levelCount = form.scale === 'points10' ? 10 : form.levels.length;
  const hasPrestige = form.prestigeLevels.length > 0;
  const rowTexts = form.criteria.map((criterion) => criterion.text);
  const counts = countMarks(db, contestId, rowTexts.length + 1);
  const invalid = (
    db.prepare('SELECT count(*) AS n FROM ballots WHERE contest_id = ? AND valid = 0').get(contestId) as { n: number }
  ).n;
  const recorded = getCounts(db, contestId);
  return contestTally({
    facts: {
      contestId,
      campaignId: context.campaignId,
      campaignName: facts.campaign_name,
      year: facts.year,
      unitId: context.unitId,
      unitName: context.unitName,
      unitType: facts.unit_type,
      subjectName: context.subjectName,
      positions: context.positions,
      templateVersionId: context.templateVersionId,
      levelNames: form.scale === 'points10' ? Array.from({ length: 10 }, (_, index) => String(index + 1)) : form.levels,
      prestigeLevelNames: form.prestigeLevels,
    },
    scale: form.scale,
    criteriaTexts: rowTexts,
    rows: rowTexts.map((_, row) => rowCounts(counts, row, levelCount)),
    prestige: hasPrestige ? rowCounts(counts, rowTexts.length, form.prestigeLevels.length) : null,
    ballots: {
      issued: recorded?.issued ?? 0,
      returned: recorded?.returned ?? 0,
      valid: counts.records,
      invalid,
    },
    base: facts.percentage_base,
    threshold: facts.low_share_threshold,
  });
}
