import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { castingPageEntry } from '../../../shared/kiosk/castingPaths';
import { readBundleFile, type BundleFile } from '../../base/bundleFiles';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

/** The casting page's files by URL path: its HTML at "/", and exactly the chunks it loads. */
export type CastingPage = ReadonlyMap<string, BundleFile>;

/**
 * Reads the casting page out of the built renderer: the entry Vite's manifest names for
 * cast.html, its CSS and assets, and the chunks it imports, and nothing else — the hall's
 * network never sees the rest of the app. Null when the bundle has no casting page.
 */
export async function loadCastingPage(bundleDirectory: string): Promise<CastingPage | null> {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(await readFile(join(bundleDirectory, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
  } catch {
    return null;
  }
  if (!manifest[castingPageEntry]) return null;
  const paths = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || paths.has(`/${chunk.file}`)) return;
    paths.add(`/${chunk.file}`);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) paths.add(`/${file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(castingPageEntry);

  const page = new Map<string, BundleFile>();
  const html = await readBundleFile(bundleDirectory, `/${castingPageEntry}`);
  if (!html) return null;
  page.set('/', html);
  for (const path of paths) {
    const file = await readBundleFile(bundleDirectory, path);
    if (!file) return null;
    page.set(path, file);
  }
  return page;
}
