import type { BrowserWindowConstructorOptions } from 'electron';
import { callNamesArgument } from './preloadArguments';

/**
 * DevTools reach the renderer's memory and the contract: only a developer's unpackaged build
 * opens them, on request (KIEM_PHIEU_DEVTOOLS=1) — never an installed app, whatever its
 * environment says.
 */
export function devToolsAllowed(
  environment: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): boolean {
  return !isPackaged && environment.KIEM_PHIEU_DEVTOOLS === '1';
}

/** Hardened settings for the one application window (Electron security checklist). */
export function mainWindowOptions(
  preloadPath: string,
  callNames: readonly string[],
  allowDevTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kiểm phiếu',
    backgroundColor: '#f6f4ef',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      additionalArguments: [callNamesArgument(callNames)],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: allowDevTools,
    },
  };
}
