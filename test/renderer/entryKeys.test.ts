import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  pressKey,
  withTypedText,
  type EntryDraft,
  type EntryEffect,
} from '../../renderer/counting/entryKeys';

const school = { rows: 15, maxMark: 4, hasPrestige: true };

function press(
  keys: string[],
  shape = school,
  start: EntryDraft = emptyDraft(shape),
): { draft: EntryDraft; effects: EntryEffect[] } {
  let draft = start;
  const effects: EntryEffect[] = [];
  for (const key of keys) {
    const result = pressKey(draft, key, shape);
    draft = result.draft;
    if (result.effect) effects.push(result.effect);
  }
  return { draft, effects };
}

describe('heads-down keying', () => {
  it('an ordinary school ballot takes 15 marks, 1 prestige key and Enter: 17 keystrokes', () => {
    const keys = [...'123412341234123', '2', 'Enter'];
    expect(keys).toHaveLength(17);
    const { effects } = press(keys);
    expect(effects).toEqual([
      {
        kind: 'save',
        ballot: {
          valid: true,
          answers: [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3],
          notes: {},
          other: '',
          prestige: 2,
        },
      },
    ]);
  });

  it('records blank (0 or space) and several marks (*), never guessing', () => {
    const { effects } = press([...'0 *111111111111', '*', 'Enter']);
    expect(effects[0]).toMatchObject({
      ballot: { answers: [0, 0, '*', 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], prestige: '*' },
    });
  });

  it('ignores keys that mean nothing on the form, and Backspace goes back a row to correct it', () => {
    const { draft } = press(['7', '1', '9', 'Backspace', '3']);
    expect(draft.answers.slice(0, 2)).toEqual([3, null]);
    expect(draft.row).toBe(1);
  });

  it('will not save a ballot with a row missing, and says which', () => {
    expect(press([...'1234', 'Enter']).effects).toEqual([{ kind: 'notDone', row: 5 }]);
    expect(press([...'123412341234123', 'Enter']).effects).toEqual([{ kind: 'notDone', row: 16 }]);
  });

  it('marks a whole ballot invalid with a reason code', () => {
    expect(press(['x', '2', 'Enter']).effects).toEqual([
      { kind: 'save', ballot: { valid: false, invalidReason: 'blank', invalidText: '' } },
    ]);
    const other = press(['X', '4']);
    expect(other.draft.mode).toBe('invalidText');
    const typed = pressKey({ ...other.draft, invalidText: 'viết tên' }, 'Enter', school);
    expect(typed.effect).toEqual({
      kind: 'save',
      ballot: { valid: false, invalidReason: 'other', invalidText: 'viết tên' },
    });
  });

  it('attaches a note (G) to the row just marked, as on paper, and comes back to the next row', () => {
    // Marks for rows 1 and 2, then G: the note belongs to row 2 (it once went to row 3).
    const { draft } = press(['1', '3', 'g']);
    expect(draft).toMatchObject({ mode: 'note', row: 2, noteRow: 1 });
    const back = pressKey(withTypedText(draft, 'chưa sâu sát'), 'Enter', school);
    expect(back.draft).toMatchObject({ mode: 'rows', row: 2, notes: { '2': 'chưa sâu sát' } });
    // After Backspace the cursor stands on a marked row: that one.
    expect(press(['1', '3', 'Backspace', 'g']).draft).toMatchObject({ noteRow: 1 });
    // After the last row (the cursor is on prestige): the last row, then back to the prestige.
    const last = press([...'123412341234123', 'g']).draft;
    expect(last).toMatchObject({ mode: 'note', noteRow: 14 });
    expect(pressKey(last, 'Escape', school).draft.mode).toBe('prestige');
    const ready = press([...'123412341234123', '2', 'g']).draft;
    expect(pressKey(ready, 'Enter', school).draft.mode).toBe('ready');
  });

  it('takes scores 1–10 on a 10-point form (0 means 10)', () => {
    const points = { rows: 3, maxMark: 10, hasPrestige: false };
    expect(press(['9', '0', ' ', 'Enter'], points).effects).toEqual([
      { kind: 'save', ballot: { valid: true, answers: [9, 10, 0], notes: {}, other: '', prestige: 0 } },
    ]);
  });
});
