/**
 * Keystrokes and active keying time for one ballot; a gap over 30 s is a pause and is not counted.
 *
 * What counts as a keystroke (the operator statistics and the "17 per ballot" figure rest on it):
 * - on the sheet, each command key the form acts on or refuses: a mark (0–9, space, *), Enter,
 *   Backspace, Escape, G, K, X — never Shift, Tab, arrows or a key with Ctrl/Alt/Meta;
 * - in a note, comment or reason field, the Enter or Escape that closes it, plus each character
 *   the field gained (counted when it closes, in characters as the text reads: "ấ" is one, however
 *   the input method composed it — Telex, VNI, or a paste).
 */
export const pauseMs = 30_000;

const commandKey = /^[0-9*]$|^ $|^(Enter|Backspace|Escape)$|^[gkxGKX]$/;

/** Whether a key press on the entry screen is a keystroke (see above); characters in text fields are counted apart. */
export function isCommandKeystroke(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  inText: boolean,
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return inText ? event.key === 'Enter' || event.key === 'Escape' : commandKey.test(event.key);
}

/** Characters a text field gained between opening and closing ("ấ" is one character). */
export function charactersTyped(opened: string, closed: string): number {
  const length = (text: string) => [...text.normalize('NFC')].length;
  return Math.max(0, length(closed) - length(opened));
}

export class KeystrokeClock {
  private count = 0;
  private active = 0;
  private last: number | null = null;

  tick(now: number = performance.now()): void {
    if (this.last !== null) {
      const gap = now - this.last;
      if (gap <= pauseMs) this.active += gap;
    }
    this.last = now;
    this.count += 1;
  }

  /** Characters typed in a field, counted when it closes (their time is within the ticks around them). */
  add(keystrokes: number): void {
    this.count += keystrokes;
  }

  /** The figures of the ballot just saved; the next ballot starts from zero. */
  take(): { keystrokes: number; activeMs: number } {
    const figures = { keystrokes: this.count, activeMs: Math.round(this.active) };
    this.count = 0;
    this.active = 0;
    return figures;
  }
}
