import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { resolveDataDirectory } from '../../config/dataDirectory';
import { createCore, prepareDataDirectory } from '../../core/createCore';
import { appEntryUrl } from './appProtocol';
import { createElectronPdfPrinter, PrintQueue } from './electronPdfPrinter';
import { hardenSession, lockDownAllWebContents } from './hardening';
import { registerContractHandlers } from './ipc';
import { electronOfflineSwitches } from './offlineSwitches';
import { registerAppScheme, serveBundle } from './serveBundle';
import { devToolsAllowed, mainWindowOptions } from './window';

export interface ElectronShellPaths {
  readonly bundleDirectory: string;
  readonly preloadPath: string;
  /** Overrides the data directory (tests, portable installs). */
  readonly dataDirectory?: string;
}

/**
 * The primary shell: one hardened window over the core. Returns false when another
 * instance already runs (that instance gets focus instead).
 */
export function startElectronShell(paths: ElectronShellPaths): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.enableSandbox();
  // Date fields and number formats follow Vietnamese conventions (dd/mm/yyyy).
  app.commandLine.appendSwitch('lang', 'vi');
  // No name resolves but loopback, no proxy is looked for, no ping leaves: the same guarantee as
  // the browser shell's window, under the request filter of hardenSession.
  for (const { name, value } of electronOfflineSwitches()) app.commandLine.appendSwitch(name, value);
  registerAppScheme(protocol);
  lockDownAllWebContents(app);

  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const printQueue = new PrintQueue();
    const dataDirectory = resolveDataDirectory(paths.dataDirectory);
    prepareDataDirectory(dataDirectory);
    const core = createCore({
      shell: 'electron',
      dataDirectory,
      bundleDirectory: paths.bundleDirectory,
      prepareToPrint: true,
      pdfPrinter: createElectronPdfPrinter((options) => new BrowserWindow(options), printQueue),
    });
    app.on('will-quit', () => core.shutdown());
    hardenSession(session.defaultSession);
    // Secure DNS off: nothing is resolved anyway, and no DNS-over-HTTPS server is probed.
    app.configureHostResolver({ secureDnsMode: 'off', secureDnsServers: [] });
    serveBundle(protocol, paths.bundleDirectory, printQueue);
    registerContractHandlers(ipcMain, core);
    if (process.platform !== 'darwin') Menu.setApplicationMenu(null);

    mainWindow = new BrowserWindow(
      mainWindowOptions(paths.preloadPath, core.dispatcher.callNames, devToolsAllowed(process.env, app.isPackaged)),
    );
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    void mainWindow.loadURL(appEntryUrl);
  });
  return true;
}
