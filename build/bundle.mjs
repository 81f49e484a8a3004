// Builds what the shells run: the renderer with Vite, the main-process entries with esbuild.
// `--main-only` skips the renderer (the CLI does not need it).
import { build as esbuild } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mainOnly = process.argv.includes('--main-only');
const outdir = join(root, 'dist', 'main');

const nodeEntries = {
  electron: 'main/shells/electron/entry.ts',
  browser: 'main/shells/browser/entry.ts',
  cli: 'main/cli/entry.ts',
};

async function bundleMain() {
  await esbuild({
    absWorkingDir: root,
    entryPoints: nodeEntries,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules (native modules must), Electron is provided at run time.
    packages: 'external',
    external: ['electron'],
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  chmodSync(join(outdir, 'cli.mjs'), 0o755);
  // A sandboxed preload can require nothing but 'electron': everything else is inlined.
  await esbuild({
    absWorkingDir: root,
    entryPoints: { preload: 'main/shells/electron/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
    minify: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
}

async function bundleRenderer() {
  // The config imports the CSP from main/ (extensionless TypeScript imports); Vite's default loader handles them.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

await bundleMain();
if (!mainOnly) await bundleRenderer();
