import { defineConfig } from '@playwright/test';
import { headlessChromiumArguments } from './main/print/chromiumPdfPrinter';
import { findBrowser } from './main/base/findBrowser';

// End-to-end tests drive the system's Chromium (Debian's `chromium` here); Playwright never
// downloads a browser of its own.
const executablePath = findBrowser() ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
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
