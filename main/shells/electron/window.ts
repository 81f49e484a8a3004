import type { BrowserWindowConstructorOptions } from 'electron';
import { callNamesArgument } from './preloadArguments';

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
