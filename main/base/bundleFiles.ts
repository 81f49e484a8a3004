import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BundleFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/**
 * Finds the file of the built renderer that a URL path names. Paths that would climb out of
 * the bundle, hidden files and unknown types are refused (null), never read.
 */
export async function readBundleFile(bundleDirectory: string, urlPath: string): Promise<BundleFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(bundleDirectory, relative));
  const root = normalize(bundleDirectory + sep);
  if (!file.startsWith(root)) return null;
  if (relative.split(/[\\/]/).some((part) => part.startsWith('.'))) return null;
  const contentType = contentTypes[extname(file).toLowerCase()];
  if (!contentType) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { body: await readFile(file), contentType };
  } catch {
    return null;
  }
}
