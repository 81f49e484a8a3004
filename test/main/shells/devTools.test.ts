import { describe, expect, it } from 'vitest';
import { devToolsAllowed, mainWindowOptions } from '../../../main/shells/electron/window';

describe('DevTools in the Electron window', () => {
  it('opens only in a developer’s unpackaged build that asks for it, never in an installed app', () => {
    expect(devToolsAllowed({ KIEM_PHIEU_DEVTOOLS: '1' }, true)).toBe(false);
    expect(devToolsAllowed({ KIEM_PHIEU_DEVTOOLS: '1' }, false)).toBe(true);
    expect(devToolsAllowed({}, false)).toBe(false);
    expect(devToolsAllowed({ KIEM_PHIEU_DEVTOOLS: 'true' }, false)).toBe(false);
    const packaged = mainWindowOptions('/app/preload.js', [], devToolsAllowed({ KIEM_PHIEU_DEVTOOLS: '1' }, true));
    expect(packaged.webPreferences?.devTools).toBe(false);
  });
});
