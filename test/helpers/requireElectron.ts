import { spawnSync } from 'node:child_process';
// Whether the Electron end-to-end test may skip when there is no Electron binary. On machines
// without internet it must (the binary cannot be downloaded); in the release workflow, which
// installs Electron, a skip would hide a broken install, so KIEM_PHIEU_REQUIRE_ELECTRON=1 turns
// the skip into a failure (test/e2e/electronShell.spec.ts).
export const requireElectronVariable = 'KIEM_PHIEU_REQUIRE_ELECTRON';

/** What to do without a binary: 'skip' by default, 'fail' when the environment requires Electron. */
export function whenElectronIsMissing(env: NodeJS.ProcessEnv = process.env): 'skip' | 'fail' {
  const value = (env[requireElectronVariable] ?? '').trim().toLowerCase();
  return value === '1' || value === 'true' ? 'fail' : 'skip';
}

/** The failure's message: what is missing and why it is not skipped. */
export const missingElectronMessage =
  `${requireElectronVariable}=1 but there is no Electron binary in node_modules/electron/dist: ` +
  'the Electron shell must run here (install with internet access, without ELECTRON_SKIP_BINARY_DOWNLOAD).';

/**
 * Whether Electron can load the app's native module (SQLCipher) as installed: `npm ci` builds it
 * for Node.js, whose module version differs from Electron's, and the Electron shell then dies at
 * its first import. `npx electron-builder install-app-deps` rebuilds it for Electron (and Node's
 * tests then need `npm rebuild`). Returns null when it loads, else what went wrong.
 */
export function nativeModulesProblem(binary: string, root: string): string | null {
  const probe = spawnSync(binary, ['-e', "require('better-sqlite3-multiple-ciphers')"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.status === 0) return null;
  const reason = /NODE_MODULE_VERSION \d+[^\n]*/.exec(probe.stderr)?.[0] ?? probe.stderr.trim().split('\n')[0] ?? '';
  return `Electron cannot load better-sqlite3-multiple-ciphers as installed (${reason}); run npx electron-builder install-app-deps first`;
}
