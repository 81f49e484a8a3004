import type { BrowserContext, Page } from 'playwright-core';

export interface ReadyPage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * One fresh context and page made ahead of time (issue 20, point 2: making them was a third of
 * every PDF), so a print finds it ready. Each is used once and closed with its context, like
 * the ones made on demand: nothing of one print is left for the next. A page made ahead that
 * died with its browser is thrown away and one made at once instead.
 */
export class PagesMadeAhead {
  private spare: Promise<ReadyPage> | null = null;

  constructor(private readonly make: () => Promise<ReadyPage>) {}

  /** The page made ahead if it is still alive, else a new one; the next is made after this one is used. */
  async take(): Promise<ReadyPage> {
    const spare = this.spare;
    this.spare = null;
    const ready = spare ? await spare.catch(() => null) : null;
    if (ready && !ready.page.isClosed()) return ready;
    if (ready) void ready.context.close().catch(() => undefined);
    return this.make();
  }

  /** Starts making the next one, in the background. */
  prepare(): void {
    if (this.spare) return;
    const making = this.make();
    // A failure shows at the next take (which then makes one itself), never as an unhandled rejection.
    making.catch(() => undefined);
    this.spare = making;
  }

  /** Closes the page made ahead (the browser is closing, or gone). */
  async discard(): Promise<void> {
    const spare = this.spare;
    this.spare = null;
    const ready = spare ? await spare.catch(() => null) : null;
    await ready?.context.close().catch(() => undefined);
  }
}
