import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for the system browser the shell opens: the real one, headless (CI has no display),
 * with `extraSwitches` before the shell's own. Written into `folder`; its path goes in KIEM_PHIEU_BROWSER.
 */
export function headlessBrowser(folder: string, executable: string, extraSwitches: readonly string[] = []): string {
  const path = join(folder, 'chromium-headless');
  const switches = ['--headless', ...extraSwitches].join(' ');
  writeFileSync(path, `#!/bin/sh\nexec '${executable}' ${switches} "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}
