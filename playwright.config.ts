import { defineConfig } from '@playwright/test';
import { headlessChromiumArguments } from './main/print/chromiumPdfPrinter';
import { findBrowser } from './main/base/findBrowser';

// End-to-end tests drive the system's Chromium (Debian's `chromium` here); Playwright never
// downloads a browser of its own.
const executablePath = findBrowser() ?? '/usr/bin/chromium';

// The shells the tests start see an air-gapped machine whatever this one is (CI machines are
// online): no banner, nothing refused. The banner's own test starts an online one (airGap.spec.ts).
process.env.KIEM_PHIEU_AIR_GAP ??= 'offline';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  // Each test runs its own browser shell on its own data folder and port: two at a time on two
  // cores took the suite from about 8 to 5.6 minutes here.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: headlessChromiumArguments,
    },
  },
});
