import { message } from '../../../shared/i18n/messages';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDirectory } from '../../config/dataDirectory';
import { createCore, prepareDataDirectory } from '../../core/createCore';
import { startBrowserShellServer } from './browserShellServer';
import { findBrowser, hasDisplay } from '../../base/findBrowser';
import { launchBrowser, type LaunchedBrowser } from './launchBrowser';
import { removeStaleProfiles } from './browserProfiles';

// Bundled to dist/main/browser.mjs, next to dist/renderer/.
const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, 'no-open': { type: 'boolean', default: false } },
    strict: true,
  });
  const dataDirectory = resolveDataDirectory(values['data-dir']);
  prepareDataDirectory(dataDirectory);
  // A shell killed outright left its window open and its profile behind: both go before anything opens.
  for (const stale of await removeStaleProfiles(dataDirectory)) {
    const stopped = stale.stoppedProcesses;
    process.stdout.write(
      (stopped > 0
        ? `Đã đóng cửa sổ còn sót của lần chạy trước (${stopped} tiến trình) / Closed a window left by an earlier run (${stopped} processes). `
        : '') +
        (stale.removed
          ? `Đã xoá hồ sơ trình duyệt cũ / Removed an old browser profile: ${stale.profile}\n`
          : `Chưa xoá được hồ sơ trình duyệt cũ / Could not remove an old browser profile yet: ${stale.profile}\n`),
    );
  }
  const bundleDirectory = join(here, '..', 'renderer');
  const core = createCore({ shell: 'browser', dataDirectory, bundleDirectory, prepareToPrint: true });
  const server = await startBrowserShellServer({ core, bundleDirectory });
  let launched: LaunchedBrowser | null = null;
  // The shell owns its window: whatever stops the shell closes the window first.
  let stopping: Promise<never> | null = null;
  const stop = (): Promise<never> =>
    (stopping ??= (async () => {
      await launched?.stop();
      await server.close();
      core.shutdown();
      process.exit(0);
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stop());

  // Machine-readable line first: tests and scripts wait for it.
  process.stdout.write(`KIEM_PHIEU_URL=${server.launchUrl}\n`);

  if (values['no-open']) return;
  const browser = findBrowser();
  if (!browser || !hasDisplay()) {
    const reason = browser ? message('core.entry.noDisplayToOpen') : message('core.entry.noChromiumGoogleChrome');
    process.stdout.write(
      `${reason.vi} Mở địa chỉ trên trong trình duyệt; nhấn Ctrl+C để dừng.\n` +
        `${reason.en} Open the address above in a browser; press Ctrl+C to stop.\n`,
    );
    return;
  }
  process.stdout.write(`Mở cửa sổ ứng dụng bằng / Opening the app window with: ${browser}\n`);
  launched = launchBrowser(browser, server.launchUrl, core.dataDirectory);
  await launched.closed;
  await stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`kiem-phieu: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
