import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PagesMadeAhead, type ReadyPage } from '../../../main/print/pagesMadeAhead';

/** Fake pages that say which one they are, whether they are closed, and whether their context was. */
function fakePages() {
  const made: Array<{ id: number; closed: boolean; contextClosed: boolean }> = [];
  const make = async (): Promise<ReadyPage> => {
    const state = { id: made.length + 1, closed: false, contextClosed: false };
    made.push(state);
    const page = { isClosed: () => state.closed, id: state.id } as unknown as Page;
    const context = {
      close: async () => {
        state.contextClosed = true;
      },
    } as unknown as BrowserContext;
    return { context, page };
  };
  return { made, make };
}

const idOf = (ready: ReadyPage) => (ready.page as unknown as { id: number }).id;

describe('pages made ahead of a print', () => {
  it('hands over the page made ahead once, and makes one on demand when there is none', async () => {
    const { made, make } = fakePages();
    const pages = new PagesMadeAhead(make);
    expect(idOf(await pages.take())).toBe(1);
    pages.prepare();
    pages.prepare();
    expect(made).toHaveLength(2);
    expect(idOf(await pages.take())).toBe(2);
    // Taken: the next take makes a new one rather than hand the same page twice.
    expect(idOf(await pages.take())).toBe(3);
  });

  it('throws away a page that died with its browser, and one whose making failed', async () => {
    const { made, make } = fakePages();
    const pages = new PagesMadeAhead(make);
    pages.prepare();
    await Promise.resolve();
    made[0]!.closed = true;
    expect(idOf(await pages.take())).toBe(2);
    expect(made[0]!.contextClosed).toBe(true);

    let failing = true;
    const flaky = new PagesMadeAhead(async () => {
      if (failing) throw new Error('the browser is gone');
      return make();
    });
    flaky.prepare();
    failing = false;
    expect(idOf(await flaky.take())).toBe(3);
  });

  it('closes the page made ahead when the printer closes', async () => {
    const { made, make } = fakePages();
    const pages = new PagesMadeAhead(make);
    pages.prepare();
    await pages.discard();
    expect(made[0]!.contextClosed).toBe(true);
    expect(idOf(await pages.take())).toBe(2);
  });
});
