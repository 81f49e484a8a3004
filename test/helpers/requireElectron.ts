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
