import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const dataDirectoryVariable = 'KIEM_PHIEU_DATA_DIR';

/**
 * Where the vault, preferences and browser profile live. One place per user account so the
 * Electron shell, the browser shell and the CLI all open the same vault. An explicit choice
 * (command-line option, then environment variable) wins over the platform's default.
 */
export function resolveDataDirectory(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const chosen = explicit ?? env[dataDirectoryVariable];
  if (chosen) return resolve(chosen);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kiem Phieu');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kiem Phieu');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'kiem-phieu');
}
