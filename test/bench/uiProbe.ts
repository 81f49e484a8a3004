// Timing inside the page, so that Playwright's own round trips stay out of the figures: the user's
// action is taken at its event's timestamp (the click or key as the page received it), and the
// result at the first frame after the DOM shows it (a MutationObserver sees it, then one
// animation frame). A PDF "arrives" when the page hands it to the browser's download (the hidden
// <a download> the app clicks once the bytes are in).
import type { Page } from 'playwright-core';

/** Something to wait for on screen: a visible element matching the selector (and text, if given). */
export interface ScreenMark {
  readonly name: string;
  readonly selector: string;
  readonly text?: string;
  /** The text must be the element's whole text (trimmed); otherwise contained in it. */
  readonly exact?: boolean;
}
/** Or the download the app starts when a file's bytes have arrived. */
export type Mark = ScreenMark | { readonly name: string; readonly download: true };

export interface ProbeEvent {
  readonly type: string;
  /** performance.now() of the page. */
  readonly t: number;
  readonly label: string;
}

export interface Observed {
  /** Each mark's time (performance.now() of the page, after the frame that shows it). */
  readonly marks: Record<string, number>;
  /** The events seen since arming: clicks, keys, file choices, downloads. */
  readonly events: ProbeEvent[];
  /** The last change to the document before it stayed still for the settle time (if asked for). */
  readonly settledAt: number | null;
  /** performance.timeOrigin of the page, to turn its times into wall-clock ones. */
  readonly timeOrigin: number;
}

interface Probe {
  events: ProbeEvent[];
  firstSeen: Record<string, number>;
  armed: Promise<Observed> | null;
  arm(marks: readonly Mark[], settleMs: number, timeoutMs: number): void;
}

/**
 * Runs in every document of the context from its start (page.addInitScript, outside the page's
 * CSP). `watchFromStart` marks are timed from the document's start into `firstSeen` (wall clock),
 * for the start-up figure.
 */
function installProbe(watchFromStart: readonly ScreenMark[]): void {
  const scope = window as unknown as { __bench?: Probe };
  if (scope.__bench || window !== window.top) return;
  const isShown = (mark: ScreenMark): boolean =>
    [...document.querySelectorAll(mark.selector)].some((element) => {
      const text = (element.textContent ?? '').trim();
      const textMatches = mark.text === undefined || (mark.exact ? text === mark.text : text.includes(mark.text));
      return textMatches && element.checkVisibility();
    });
  const afterFrame = (): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  const probe: Probe = {
    events: [],
    firstSeen: {},
    armed: null,
    arm(marks, settleMs, timeoutMs) {
      probe.events = [];
      // The calls made from now on (the buffer holds 250 entries: emptied at each arming).
      performance.clearResourceTimings();
      probe.armed = new Promise<Observed>((resolve, reject) => {
        const found: Record<string, number> = {};
        const pending = new Set(marks.map((mark) => mark.name));
        let lastChange = performance.now();
        let allFoundAt: number | null = null;
        const finish = () => {
          observer.disconnect();
          clearInterval(poll);
          clearTimeout(timeout);
          resolve({
            marks: found,
            events: probe.events,
            settledAt: settleMs > 0 ? lastChange : null,
            timeOrigin: performance.timeOrigin,
          });
        };
        const check = () => {
          for (const mark of marks) {
            if (!pending.has(mark.name)) continue;
            const seen = 'download' in mark ? probe.events.some((event) => event.type === 'download') : isShown(mark);
            if (!seen) continue;
            pending.delete(mark.name);
            void afterFrame().then((at) => {
              found[mark.name] = at;
              if (Object.keys(found).length < marks.length) return;
              allFoundAt = performance.now();
              if (settleMs === 0) finish();
            });
          }
        };
        const observer = new MutationObserver(() => {
          lastChange = performance.now();
          check();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        // A change no mutation shows (a dialog's top layer): looked at every 50 ms as well.
        const poll = setInterval(() => {
          check();
          if (allFoundAt !== null && performance.now() - Math.max(lastChange, allFoundAt) >= settleMs) finish();
        }, 50);
        const timeout = setTimeout(() => {
          observer.disconnect();
          clearInterval(poll);
          reject(new Error(`not seen within ${timeoutMs} ms: ${[...pending].join(', ')}`));
        }, timeoutMs);
        check();
      });
      // Rejections are read by the caller; never an unhandled one in the page.
      probe.armed.catch(() => undefined);
    },
  };
  scope.__bench = probe;
  const describe = (target: EventTarget | null): string =>
    target instanceof Element
      ? (target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 80)
      : '';
  for (const type of ['click', 'keydown', 'change']) {
    window.addEventListener(
      type,
      (event) => {
        const label = event instanceof KeyboardEvent ? event.code : describe(event.target);
        probe.events.push({ type, t: event.timeStamp, label });
        if (type === 'click' && event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download'))
          probe.events.push({ type: 'download', t: performance.now(), label: event.target.download });
      },
      true,
    );
  }
  if (watchFromStart.length > 0) {
    const look = () => {
      for (const mark of watchFromStart)
        if (!(mark.name in probe.firstSeen) && document.documentElement && isShown(mark)) {
          probe.firstSeen[mark.name] = -1;
          void afterFrame().then((at) => (probe.firstSeen[mark.name] = performance.timeOrigin + at));
        }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true });
  }
}

/** Installs the probe in every document the page opens from now on (and in the current one). */
export async function addProbe(page: Page, watchFromStart: readonly ScreenMark[] = []): Promise<void> {
  await page.addInitScript(installProbe, watchFromStart);
  await page.evaluate(installProbe, watchFromStart);
}

/**
 * Arms the probe, takes the action, and waits for every mark. The result's `since(type)` is
 * the time from the first event of that type (e.g. the click) to a mark.
 */
export async function observe(
  page: Page,
  marks: readonly Mark[],
  act: () => Promise<unknown>,
  options: { settleMs?: number; timeoutMs?: number } = {},
) {
  await page.evaluate(
    ({ marks, settleMs, timeoutMs }) =>
      (window as unknown as { __bench: Probe }).__bench.arm(marks, settleMs, timeoutMs),
    { marks, settleMs: options.settleMs ?? 0, timeoutMs: options.timeoutMs ?? 60_000 },
  );
  await act();
  const observed = await page.evaluate(async () => {
    const seen = await (window as unknown as { __bench: Probe }).__bench.armed!;
    const calls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.includes('/api/'))
      .map((entry) => ({ name: entry.name.split('/api/')[1]!, start: entry.startTime, end: entry.responseEnd }));
    return { ...seen, calls };
  });
  const start = (type: string, label?: string): number => {
    const event = observed.events.find((candidate) => candidate.type === type && (!label || candidate.label === label));
    if (!event) throw new Error(`no ${type} event seen (${JSON.stringify(observed.events)})`);
    return event.t;
  };
  return {
    ...observed,
    /** Milliseconds from the first event of this type to the mark. */
    since: (type: string, mark: string, label?: string) => {
      const elapsed = observed.marks[mark]! - start(type, label);
      // A mark already on screen before the action would time nothing.
      if (!(elapsed >= 0)) throw new Error(`${mark} was shown before the ${type} (${elapsed} ms)`);
      return elapsed;
    },
    settledSince: (type: string) => observed.settledAt! - start(type),
    /**
     * A call the page made on the way to a mark, split in three: from the event to its request,
     * the request until the whole answer was in, and from the answer to the mark.
     */
    split: (type: string, call: string, mark: string) => {
      const made = observed.calls.find((candidate) => candidate.name === call);
      if (!made) throw new Error(`no ${call} call seen (${observed.calls.map((one) => one.name).join(', ')})`);
      return { before: made.start - start(type), call: made.end - made.start, after: observed.marks[mark]! - made.end };
    },
  };
}

/** When each start-up mark was first shown, wall clock (0 when not yet). */
export function firstSeen(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => (window as unknown as { __bench?: Probe }).__bench?.firstSeen ?? {});
}
