import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startElectronShell } from './startElectronShell';

// Bundled to dist/main/electron.mjs, beside preload.cjs and next to dist/renderer/.
const here = dirname(fileURLToPath(import.meta.url));
const dataDirectoryArgument = process.argv.find((argument) => argument.startsWith('--data-dir='));

startElectronShell({
  bundleDirectory: join(here, '..', 'renderer'),
  preloadPath: join(here, 'preload.cjs'),
  ...(dataDirectoryArgument ? { dataDirectory: dataDirectoryArgument.slice('--data-dir='.length) } : {}),
});
