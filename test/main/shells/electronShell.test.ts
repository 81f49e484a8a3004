import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../shared/contract';
import { useTempDirectories } from '../../helpers/tempDirectory';

type Listener = (...args: unknown[]) => unknown;
interface RecordedWindowOptions {
  webPreferences: Record<string, unknown> & { additionalArguments?: string[] };
}

/** A stand-in for the parts of Electron the shell touches, recording what it is asked to do. */
const fake = vi.hoisted(() => {
  const state = {
    lockGranted: true,
    quitCalls: 0,
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    windows: [] as Array<{ options: RecordedWindowOptions; loadedUrl: string | null }>,
    permissionRequestHandler: null as null | Listener,
    permissionCheckHandler: null as null | Listener,
    devicePermissionHandler: null as null | Listener,
    spellChecker: true,
    beforeRequest: null as null | Listener,
    readyResolve: null as null | (() => void),
    switches: [] as Array<[string, string | undefined]>,
    hostResolver: null as unknown,
    proxy: null as unknown,
  };
  return state;
});

vi.mock('electron', () => {
  const on = (name: string, listener: Listener) => {
    fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]);
  };
  class BrowserWindow {
    readonly record: { options: unknown; loadedUrl: string | null };
    constructor(options: unknown) {
      this.record = { options, loadedUrl: null };
      fake.windows.push(this.record as never);
    }
    once() {}
    on() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    loadURL(url: string) {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => fake.lockGranted,
      quit: () => {
        fake.quitCalls += 1;
      },
      enableSandbox: vi.fn(),
      commandLine: {
        appendSwitch: (name: string, value?: string) => fake.switches.push([name, value]),
      },
      configureHostResolver: (options: unknown) => (fake.hostResolver = options),
      on,
      whenReady: () => new Promise<void>((resolve) => (fake.readyResolve = resolve)),
    },
    BrowserWindow,
    Menu: { setApplicationMenu: vi.fn() },
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        fake.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheckHandler = handler),
        setDevicePermissionHandler: (handler: Listener) => (fake.devicePermissionHandler = handler),
        setSpellCheckerEnabled: (enabled: boolean) => (fake.spellChecker = enabled),
        setProxy: (config: unknown) => {
          fake.proxy = config;
          return Promise.resolve();
        },
        webRequest: { onBeforeRequest: (listener: Listener) => (fake.beforeRequest = listener) },
      },
    },
  };
});

const { startElectronShell } = await import('../../../main/shells/electron/startElectronShell');
const { chromeBrowserLayerOnly, electronHonours } = await import('../../../main/shells/electron/offlineSwitches');
const { offlineChromiumSwitches } = await import('../../../main/base/offlineChromium');

const bundleDirectory = join(import.meta.dirname, '..', '..', 'fixtures', 'bundle');

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | null = null;
  return {
    listeners,
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    openHandler: () => openHandler,
  };
}

function preventable() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('Electron shell wiring (mocked electron module)', () => {
  const temp = useTempDirectories();

  beforeEach(() => {
    fake.lockGranted = true;
    fake.quitCalls = 0;
    fake.appListeners.clear();
    fake.ipcHandlers.clear();
    fake.privilegedSchemes.length = 0;
    fake.protocolHandlers.clear();
    fake.windows.length = 0;
    fake.permissionRequestHandler =
      fake.permissionCheckHandler =
      fake.devicePermissionHandler =
      fake.beforeRequest =
        null;
    fake.spellChecker = true;
    fake.switches.length = 0;
    fake.hostResolver = fake.proxy = null;
  });

  async function startReady() {
    expect(startElectronShell({ bundleDirectory, preloadPath: '/app/preload.cjs', dataDirectory: temp() })).toBe(true);
    fake.readyResolve?.();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    return fake.windows[0]!;
  }

  it('opens one hardened window on the app bundle', async () => {
    const window = await startReady();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(window.options.webPreferences.additionalArguments).toEqual([`--kiem-phieu-calls=${callNames.join(',')}`]);
    expect(window.loadedUrl).toBe('app://kiem-phieu/index.html');
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('registers an IPC handler for exactly the contract calls, refusing frames that are not the app', async () => {
    await startReady();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...callNames].sort());
    const handler = fake.ipcHandlers.get('app.info')!;
    const sender = { id: 1, once: vi.fn() };
    const own = await handler({ sender, senderFrame: { url: 'app://kiem-phieu/index.html' } }, {});
    expect(own).toMatchObject({ ok: true, value: { shell: 'electron' } });
    const foreign = await handler({ sender, senderFrame: { url: 'https://evil.example/' } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FOREIGN_REQUEST' } });
  });

  it('denies every permission and cancels every request that is not the bundle', async () => {
    await startReady();
    const granted: boolean[] = [];
    fake.permissionRequestHandler!({}, 'media', (answer: boolean) => granted.push(answer));
    fake.permissionRequestHandler!({}, 'notifications', (answer: boolean) => granted.push(answer));
    expect(granted).toEqual([false, false]);
    expect(fake.permissionCheckHandler!({}, 'clipboard-read')).toBe(false);
    expect(fake.devicePermissionHandler!({})).toBe(false);
    expect(fake.spellChecker).toBe(false);

    const decisions = new Map<string, unknown>();
    for (const url of [
      'app://kiem-phieu/assets/index.js',
      'https://example.com/',
      'http://127.0.0.1:80/',
      'file:///etc/passwd',
      'app://other/x',
      'ws://localhost/',
    ]) {
      fake.beforeRequest!({ url }, (answer: { cancel: boolean }) => decisions.set(url, answer.cancel));
    }
    expect(Object.fromEntries(decisions)).toEqual({
      'app://kiem-phieu/assets/index.js': false,
      'https://example.com/': true,
      'http://127.0.0.1:80/': true,
      'file:///etc/passwd': true,
      'app://other/x': true,
      'ws://localhost/': true,
    });
  });

  it('starts its Chromium off the network: no name resolved, no secure DNS, no proxy, no pings', async () => {
    await startReady();
    const switches = new Map(fake.switches);
    expect(switches.get('host-resolver-rules')).toBe('MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
    expect(switches.has('no-proxy-server')).toBe(true);
    expect(switches.has('no-pings')).toBe(true);
    expect(switches.get('disable-features')?.split(',')).toEqual(
      expect.arrayContaining(['DnsOverHttpsUpgrade', 'NetworkTimeServiceQuerying', 'OptimizationHints']),
    );
    expect(switches.get('lang')).toBe('vi');
    // Chrome's browser-layer switches mean nothing to Electron and are not passed.
    expect(switches.has('disable-component-update')).toBe(false);
    expect(fake.hostResolver).toEqual({ secureDnsMode: 'off', secureDnsServers: [] });
    expect(fake.proxy).toEqual({ mode: 'direct' });
  });

  it('decides for every shared offline switch whether Electron takes it', () => {
    const resolverRules = offlineChromiumSwitches.filter((argument) => argument.startsWith('--host-resolver-rules='));
    const decided = [...electronHonours, ...chromeBrowserLayerOnly, ...resolverRules];
    expect(decided.sort()).toEqual([...offlineChromiumSwitches].sort());
  });

  it('blocks navigation away, new windows and webviews in every web contents', async () => {
    await startReady();
    const contents = fakeWebContents();
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);

    const away = preventable();
    contents.listeners.get('will-navigate')!(away, 'https://evil.example/');
    expect(away.prevented).toBe(true);
    const within = preventable();
    contents.listeners.get('will-navigate')!(within, 'app://kiem-phieu/index.html#/counting');
    expect(within.prevented).toBe(false);
    const redirect = preventable();
    contents.listeners.get('will-redirect')!(redirect, 'http://example.com/');
    expect(redirect.prevented).toBe(true);
    const webview = preventable();
    contents.listeners.get('will-attach-webview')!(webview);
    expect(webview.prevented).toBe(true);
    expect(contents.openHandler()!({ url: 'app://kiem-phieu/index.html' })).toEqual({ action: 'deny' });
  });

  it('serves the bundle through the app scheme with the CSP and nothing outside it', async () => {
    await startReady();
    const handler = fake.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://kiem-phieu/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('Trang thử');
    const outside = await handler(new Request('app://kiem-phieu/%2e%2e/outside-bundle.txt'));
    expect(outside.status).toBe(404);
  });

  it('leaves when another instance already runs', () => {
    fake.lockGranted = false;
    expect(startElectronShell({ bundleDirectory, preloadPath: '/app/preload.cjs', dataDirectory: temp() })).toBe(false);
    expect(fake.quitCalls).toBe(1);
  });
});
