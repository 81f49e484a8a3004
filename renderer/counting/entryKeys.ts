import {
  severalMarks,
  type Answer,
  type BallotEntry,
  type BallotShape,
  type InvalidReason,
} from '../../shared/counting/ballot';

/**
 * Heads-down keying, as the paper reads: one key per row, the cursor moves on by itself. A
 * pure function of (draft, key) so the rules can be tested without a screen.
 */
export type EntryMode = 'rows' | 'prestige' | 'ready' | 'note' | 'other' | 'invalid' | 'invalidText';

export interface EntryDraft {
  readonly mode: EntryMode;
  /** The row the cursor is on (0-based). */
  readonly row: number;
  /** The row a note being typed belongs to: the row just marked, as on paper the note sits beside it. */
  readonly noteRow: number;
  readonly answers: ReadonlyArray<Answer | null>;
  readonly prestige: Answer | null;
  readonly notes: Readonly<Record<string, string>>;
  readonly other: string;
  readonly invalidReason: InvalidReason | null;
  readonly invalidText: string;
}

export type EntryEffect = { kind: 'save'; ballot: BallotEntry } | { kind: 'notDone'; row: number } | null;

export function emptyDraft(shape: BallotShape): EntryDraft {
  return {
    mode: shape.rows > 0 ? 'rows' : shape.hasPrestige ? 'prestige' : 'ready',
    row: 0,
    noteRow: 0,
    answers: Array.from({ length: shape.rows }, () => null),
    prestige: shape.hasPrestige ? null : 0,
    notes: {},
    other: '',
    invalidReason: null,
    invalidText: '',
  };
}

const reasonKeys: Readonly<Record<string, InvalidReason>> = {
  '1': 'notOfficial',
  '2': 'blank',
  '3': 'identifying',
  '4': 'other',
};

/** The mark a key means on this form, or undefined if it means none. */
function markOf(key: string, shape: BallotShape): Answer | undefined {
  if (key === '*') return severalMarks;
  if (key === ' ') return 0;
  if (!/^[0-9]$/.test(key)) return undefined;
  const digit = Number(key);
  if (shape.maxMark === 10) return digit === 0 ? 10 : digit;
  if (digit === 0) return 0;
  return digit <= shape.maxMark ? digit : undefined;
}

function afterRows(shape: BallotShape): EntryMode {
  return shape.hasPrestige ? 'prestige' : 'ready';
}

/** Back from a note or a comment to where the keying was: a row, the prestige, or ready to save. */
function resumeMode(draft: EntryDraft, shape: BallotShape): EntryMode {
  if (draft.row < shape.rows) return 'rows';
  if (shape.hasPrestige && draft.prestige === null) return 'prestige';
  return 'ready';
}

/**
 * The row a note (G) belongs to: the one the cursor stands on if it is marked (after Backspace),
 * otherwise the row just marked — the keyer reads a mark, then the note written beside it.
 */
function rowJustMarked(draft: EntryDraft, shape: BallotShape): number {
  const cursor = Math.min(draft.row, shape.rows - 1);
  if (draft.mode === 'rows' && draft.answers[cursor] !== null) return cursor;
  return draft.mode === 'rows' ? Math.max(0, cursor - 1) : shape.rows - 1;
}

function complete(draft: EntryDraft, shape: BallotShape): EntryEffect {
  const missing = draft.answers.findIndex((answer) => answer === null);
  if (missing >= 0) return { kind: 'notDone', row: missing + 1 };
  if (shape.hasPrestige && draft.prestige === null) return { kind: 'notDone', row: shape.rows + 1 };
  return {
    kind: 'save',
    ballot: {
      valid: true,
      answers: draft.answers as Answer[],
      notes: { ...draft.notes },
      other: draft.other,
      prestige: draft.prestige ?? 0,
    },
  };
}

/** Where the key leaves the draft, and whether it saves the ballot. Text modes type into inputs; only Enter/Escape reach here. */
export function pressKey(
  draft: EntryDraft,
  key: string,
  shape: BallotShape,
): { draft: EntryDraft; effect: EntryEffect } {
  const stay = { draft, effect: null };
  switch (draft.mode) {
    case 'note':
    case 'other':
      return key === 'Enter' || key === 'Escape'
        ? { draft: { ...draft, mode: resumeMode(draft, shape) }, effect: null }
        : stay;
    case 'invalid': {
      const reason = reasonKeys[key];
      if (reason)
        return {
          draft: { ...draft, invalidReason: reason, mode: reason === 'other' ? 'invalidText' : 'invalid' },
          effect: null,
        };
      if (key === 'Escape')
        return {
          draft: { ...draft, invalidReason: null, mode: draft.row < shape.rows ? 'rows' : afterRows(shape) },
          effect: null,
        };
      if (key === 'Enter' && draft.invalidReason) {
        return {
          draft,
          effect: { kind: 'save', ballot: { valid: false, invalidReason: draft.invalidReason, invalidText: '' } },
        };
      }
      return stay;
    }
    case 'invalidText':
      if (key === 'Escape')
        return { draft: { ...draft, mode: 'invalid', invalidReason: null, invalidText: '' }, effect: null };
      if (key === 'Enter' && draft.invalidText.trim() !== '') {
        return {
          draft,
          effect: {
            kind: 'save',
            ballot: { valid: false, invalidReason: 'other', invalidText: draft.invalidText.trim() },
          },
        };
      }
      return stay;
    default:
      break;
  }

  const lower = key.toLowerCase();
  if (lower === 'g' && shape.rows > 0)
    return { draft: { ...draft, mode: 'note', noteRow: rowJustMarked(draft, shape) }, effect: null };
  if (lower === 'k') return { draft: { ...draft, mode: 'other' }, effect: null };
  if (lower === 'x') return { draft: { ...draft, mode: 'invalid', invalidReason: null }, effect: null };
  if (key === 'Enter') return { draft, effect: complete(draft, shape) };
  if (key === 'Backspace') {
    if (draft.mode === 'rows') return { draft: { ...draft, row: Math.max(0, draft.row - 1) }, effect: null };
    if (draft.mode === 'ready' && shape.hasPrestige) return { draft: { ...draft, mode: 'prestige' }, effect: null };
    return shape.rows > 0 ? { draft: { ...draft, mode: 'rows', row: shape.rows - 1 }, effect: null } : stay;
  }

  if (draft.mode === 'rows') {
    const mark = markOf(key, shape);
    if (mark === undefined) return stay;
    const answers = draft.answers.map((answer, index) => (index === draft.row ? mark : answer));
    const row = draft.row + 1;
    return {
      draft: { ...draft, answers, row: Math.min(row, shape.rows), mode: row >= shape.rows ? afterRows(shape) : 'rows' },
      effect: null,
    };
  }
  if (draft.mode === 'prestige') {
    const mark = markOf(key, { ...shape, maxMark: 4 });
    if (mark === undefined) return stay;
    return { draft: { ...draft, prestige: mark, mode: 'ready' }, effect: null };
  }
  return stay;
}

/** Modes in which a field takes typed text (note, other comments, the "other" invalid reason). */
export function isTextMode(mode: EntryMode): boolean {
  return mode === 'note' || mode === 'other' || mode === 'invalidText';
}

/** The text already there when a text field opens. */
export function typedTextOf(draft: EntryDraft): string {
  if (draft.mode === 'note') return draft.notes[String(draft.noteRow + 1)] ?? '';
  if (draft.mode === 'other') return draft.other;
  if (draft.mode === 'invalidText') return draft.invalidText;
  return '';
}

/** Puts what was typed in the open text field into the draft (an empty note removes it). */
export function withTypedText(draft: EntryDraft, text: string): EntryDraft {
  const value = text.trim();
  if (draft.mode === 'note') {
    const notes = { ...draft.notes };
    if (value === '') delete notes[String(draft.noteRow + 1)];
    else notes[String(draft.noteRow + 1)] = value;
    return { ...draft, notes };
  }
  if (draft.mode === 'other') return { ...draft, other: value };
  if (draft.mode === 'invalidText') return { ...draft, invalidText: value };
  return draft;
}
