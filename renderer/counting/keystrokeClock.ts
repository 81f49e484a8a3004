/** Keystrokes and active keying time for one ballot; a gap over 30 s is a pause and is not counted. */
export const pauseMs = 30_000;

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

  /** The figures of the ballot just saved; the next ballot starts from zero. */
  take(): { keystrokes: number; activeMs: number } {
    const figures = { keystrokes: this.count, activeMs: Math.round(this.active) };
    this.count = 0;
    this.active = 0;
    return figures;
  }
}
