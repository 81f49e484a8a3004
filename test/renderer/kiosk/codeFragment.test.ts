import { describe, expect, it } from 'vitest';
import { takeCodeFromFragment } from '../../../renderer/kiosk/cast/codeFragment';

/** A page address and its history, as far as the casting page uses them. */
function page(hash: string) {
  const replaced: Array<string | URL | null | undefined> = [];
  const location = { hash, pathname: '/cast.html' } as Location;
  const history = { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => replaced.push(url) };
  return { location, history: history as unknown as History, replaced };
}

describe('the code a slip’s QR puts after the #', () => {
  it('is taken, and the address replaced at once without it', () => {
    const opened = page('#ABCDE-FGHJK');
    expect(takeCodeFromFragment(opened.location, opened.history)).toBe('ABCDE-FGHJK');
    expect(opened.replaced).toEqual(['/cast.html']);
  });

  it('is read as typed would be: escapes undone, upper case', () => {
    const opened = page('#%20abcde-fghjk');
    expect(takeCodeFromFragment(opened.location, opened.history)).toBe('ABCDE-FGHJK');
  });

  it('anything that cannot be a code is dropped from the address all the same, and not offered', () => {
    for (const hash of ['#<script>', '#%E0%A4%A', `#${'A'.repeat(41)}`, '#/kiosk/x/y']) {
      const opened = page(hash);
      expect(takeCodeFromFragment(opened.location, opened.history), hash).toBe('');
      expect(opened.replaced, hash).toEqual(['/cast.html']);
    }
  });

  it('without a fragment, the address is left alone', () => {
    const opened = page('');
    expect(takeCodeFromFragment(opened.location, opened.history)).toBe('');
    expect(opened.replaced).toEqual([]);
  });
});
