import type { Protocol } from 'electron';
import { bundleResponseHeaders } from '../common/contentSecurityPolicy';
import { readBundleFile } from '../../base/bundleFiles';
import { appHost, appScheme } from './appProtocol';
import { printPathPrefix, type PrintQueue } from './electronPdfPrinter';

/** Must run before the app is ready: the scheme behaves like https (secure, standard origin). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveBundle(protocol: Protocol, bundleDirectory: string, printQueue: PrintQueue): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host === appHost && url.pathname.startsWith(printPathPrefix)) {
      const html = printQueue.take(url.pathname.slice(printPathPrefix.length));
      if (html === null) return new Response('Not found', { status: 404, headers: bundleResponseHeaders });
      return new Response(html, {
        status: 200,
        headers: { ...bundleResponseHeaders, 'Content-Type': 'text/html; charset=utf-8' },
      });
    }
    const file = url.host === appHost ? await readBundleFile(bundleDirectory, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: bundleResponseHeaders });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...bundleResponseHeaders, 'Content-Type': file.contentType },
    });
  });
}
