import { severalMarks, type Answer } from './ballot';

/**
 * How a batch's valid ballots are stored (migration 020, before it one byte per mark): a record
 * per ballot, each mark four bits — 0 blank, 1–10 the mark, 15 several marks — two to a byte, the
 * even row in the low half; a record starts on a byte and takes ⌈width / 2⌉ bytes. Half the bytes
 * are half the encrypted pages a recount reads and checks.
 */
export const severalMarksNibble = 15;

/** Bytes one record of `width` marks takes. */
export const recordBytes = (width: number): number => (width + 1) >> 1;

export function nibbleOf(answer: Answer): number {
  return answer === severalMarks ? severalMarksNibble : answer;
}

export function answerOfNibble(nibble: number): Answer {
  return nibble === severalMarksNibble ? severalMarks : nibble;
}

/** Writes record `index` of a packed array: the rows' marks, then `last` (the prestige) as mark `width − 1`. */
export function packRecord(
  packed: Uint8Array,
  width: number,
  index: number,
  rows: readonly Answer[],
  last: Answer,
): void {
  const start = index * recordBytes(width);
  // A plain loop over the stored ballots of a whole import: no array per ballot.
  for (let row = 0; row < width; row += 1) {
    const nibble = nibbleOf(row === width - 1 ? last : rows[row]!);
    const at = start + (row >> 1);
    packed[at] = packed[at]! | (row & 1 ? nibble << 4 : nibble);
  }
}

/** The `width` marks of record `index`. */
export function unpackRecord(packed: Uint8Array, width: number, index: number): Answer[] {
  const start = index * recordBytes(width);
  return Array.from({ length: width }, (_, row) => {
    const byte = packed[start + (row >> 1)]!;
    return answerOfNibble(row & 1 ? byte >> 4 : byte & 0x0f);
  });
}
