import type { App, Session, WebContents } from 'electron';
import { isOwnBundleUrl } from './appProtocol';

/**
 * The Electron security checklist for one session: no permission is ever granted, no
 * request leaves for anything but the app's own bundle, no spell-check dictionary is
 * downloaded, no proxy is looked for.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  // No proxy and no proxy auto-detection (WPAD): the app's own scheme never needs one.
  void session.setProxy({ mode: 'direct' });
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isOwnBundleUrl(details.url) }));
}

/** Every web contents, present and future: no navigation away, no new windows, no webviews. */
export function lockDownWebContents(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isOwnBundleUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function lockDownAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
}
