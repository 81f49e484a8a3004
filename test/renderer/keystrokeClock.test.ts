import { describe, expect, it } from 'vitest';
import { charactersTyped, isCommandKeystroke, KeystrokeClock } from '../../renderer/counting/keystrokeClock';

const key = (name: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('what counts as a keystroke on the entry screen', () => {
  it('on the sheet: the command keys the form reads, and nothing else', () => {
    for (const name of ['1', '4', '0', ' ', '*', 'Enter', 'Backspace', 'Escape', 'g', 'K', 'x'])
      expect(isCommandKeystroke(key(name), false), name).toBe(true);
    for (const name of ['Shift', 'Tab', 'ArrowDown', 'a', 'Control', 'CapsLock', 'F5'])
      expect(isCommandKeystroke(key(name), false), name).toBe(false);
    expect(isCommandKeystroke(key('1', { ctrlKey: true }), false)).toBe(false);
  });

  it('in a text field: only the Enter or Escape that closes it; its characters are counted apart', () => {
    expect(isCommandKeystroke(key('Enter'), true)).toBe(true);
    expect(isCommandKeystroke(key('Escape'), true)).toBe(true);
    expect(isCommandKeystroke(key('a'), true)).toBe(false);
    // "ấ" is one character, whether typed composed or as a + combining marks (Telex, VNI, paste).
    expect(charactersTyped('', 'Chưa sâu sát')).toBe(12);
    expect(charactersTyped('', 'a\u0302\u0301')).toBe(1);
    expect(charactersTyped('Chưa', 'Chưa sâu sát')).toBe(8);
    expect(charactersTyped('Chưa sâu sát', '')).toBe(0);
  });

  it('an ordinary ballot with a note: 15 marks + G + 12 characters + Enter + prestige + Enter = 31', () => {
    const clock = new KeystrokeClock();
    for (let stroke = 0; stroke < 15; stroke += 1) clock.tick(stroke * 100);
    clock.tick(1600); // G
    clock.add(charactersTyped('', 'Chưa sâu sát'));
    clock.tick(6000); // Enter closes the note
    clock.tick(6500); // prestige
    clock.tick(6800); // Enter saves
    expect(clock.take()).toEqual({ keystrokes: 31, activeMs: 6800 });
    expect(clock.take().keystrokes).toBe(0);
  });
});
