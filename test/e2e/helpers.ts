import AxeBuilder from '@axe-core/playwright';
import { expect, type CDPSession, type Page } from '@playwright/test';

/** Everything the page asks for, and everything it complains about (CSP violations show up here). */
export function watch(page: Page) {
  const requests: string[] = [];
  const problems: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { requests, problems };
}

/** The page asked only the shells under test (and its own downloads' blob: URLs): no other traffic. */
export function expectOnlyOrigins(seen: { requests: readonly string[] }, origins: readonly string[]): void {
  const elsewhere = seen.requests.filter((url) => !url.startsWith('blob:') && !origins.includes(new URL(url).origin));
  expect(elsewhere).toEqual([]);
}

/**
 * Playwright itself tries to inject its helper into every frame; the sandboxed print preview (no
 * scripts allowed, rightly) refuses and Chromium logs it. The print HTML has no script at all
 * (checked in test/main/print/printing.test.ts), so only that refusal is left out here.
 */
export function withoutPreviewRefusal(problems: readonly string[]): string[] {
  const playwrightInjection = /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;
  return problems.filter((problem) => !playwrightInjection.test(problem));
}

/** Moves focus with Tab until the element with this accessible text is focused. */
export async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return '';
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return (label ?? element.textContent ?? '').trim();
    });
    if (focused === text) return;
  }
  throw new Error(`"${text}" cannot be reached with Tab`);
}

/** Types into the focused field, then moves on with Tab. */
export async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/**
 * An automated accessibility audit (axe-core, WCAG 2.1 A and AA) of the screen as it is now:
 * its serious and critical violations, each with where it is. The sandboxed print preview is
 * left out (it runs no script, so no audit can enter it; its markup is checked in
 * test/main/print/printing.test.ts).
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe.print-preview')
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** No serious or critical accessibility violation on the screen as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await accessibilityProblems(page), `accessibility of ${screen}`).toEqual([]);
}

/** Keys burst() sends for the characters that name no text: Enter and Backspace. */
const namedKeys: Readonly<Record<string, { key: string; code: string; windowsVirtualKeyCode: number; text?: string }>> =
  {
    '\n': { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
    '\b': { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 },
  };

/**
 * Queues every key at once ("\n" is Enter, "\b" Backspace), as a keyboard buffer does when the
 * machine is busy: the page handles them back to back, with no time for anything it schedules in
 * between (a render, a focus moved later, the answer of a call).
 */
export async function burst(cdp: CDPSession, text: string): Promise<void> {
  const sent = [...text].flatMap((character) => {
    const key = namedKeys[character] ?? { key: character, text: character };
    return [
      cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: key.key }),
    ];
  });
  await Promise.all(sent);
}
