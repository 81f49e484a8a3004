import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

// Command names in order of preference; build/setup.mjs reads the same list.
import linuxNames from './browserCommands.json' with { type: 'json' };

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
  return roots.flatMap((root) => [
    join(root, 'Chromium', 'Application', 'chrome.exe'),
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ]);
}

const macCandidates = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium-family browser installed: Chromium, Google Chrome or Microsoft Edge. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const explicit = env.KIEM_PHIEU_BROWSER;
  if (explicit) return isExecutable(explicit) ? explicit : null;
  if (platform === 'win32') return windowsCandidates(env).find(isExecutable) ?? null;
  if (platform === 'darwin') return macCandidates.find(isExecutable) ?? null;
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of linuxNames) {
    for (const folder of folders) {
      const candidate = join(folder, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** Linux needs an X or Wayland display to open a window; Windows and macOS always have one. */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
