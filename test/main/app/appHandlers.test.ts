import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preferencesFile } from '../../../main/config/preferences';
import { createCore } from '../../../main/core/createCore';
import { newSession } from '../../../main/session/sessionRegistry';
import packageJson from '../../../package.json' with { type: 'json' };
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('app service', () => {
  const temp = useTempDirectories();

  it('reports version, shell, data directory and that no vault exists yet', async () => {
    const dataDirectory = temp();
    const core = createCore({ shell: 'browser', dataDirectory });
    const result = await core.dispatcher.dispatch('app.info', {}, newSession('browser'));
    expect(result).toMatchObject({
      ok: true,
      value: { version: packageJson.version, shell: 'browser', dataDirectory, vaultState: 'absent', language: 'vi' },
    });
  });

  it('remembers the language across restarts, in a file only its owner can read', async () => {
    const dataDirectory = temp();
    const first = createCore({ shell: 'browser', dataDirectory });
    await expect(
      first.dispatcher.dispatch('app.setLanguage', { language: 'en' }, newSession('browser')),
    ).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
    const restarted = createCore({ shell: 'cli', dataDirectory });
    const info = await restarted.dispatcher.dispatch('app.info', {}, newSession('cli'));
    expect(info).toMatchObject({ ok: true, value: { language: 'en' } });
    if (process.platform !== 'win32') {
      expect(statSync(preferencesFile(dataDirectory)).mode & 0o777).toBe(0o600);
      expect(statSync(dataDirectory).mode & 0o777).toBe(0o700);
    }
  });

  it('falls back to Vietnamese when the preferences file is damaged', async () => {
    const dataDirectory = temp();
    const core = createCore({ shell: 'cli', dataDirectory });
    writeFileSync(preferencesFile(dataDirectory), '{"language": "klingon"');
    await expect(core.dispatcher.dispatch('app.info', {}, newSession('cli'))).resolves.toMatchObject({
      ok: true,
      value: { language: 'vi' },
    });
  });

  it('says so when the preferences cannot be written, and keeps running', async () => {
    const dataDirectory = temp();
    const core = createCore({ shell: 'cli', dataDirectory });
    // A folder where the file should be: the write fails even for root.
    mkdirSync(join(preferencesFile(dataDirectory), 'blocked'), { recursive: true });
    const result = await core.dispatcher.dispatch('app.setLanguage', { language: 'en' }, newSession('cli'));
    expect(result.ok ? 'ok' : result.error.code).toBe('DATA_DIRECTORY_UNAVAILABLE');
    await expect(core.dispatcher.dispatch('app.info', {}, newSession('cli'))).resolves.toMatchObject({ ok: true });
  });
});
