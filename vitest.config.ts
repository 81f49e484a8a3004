import { defineConfig } from 'vitest/config';

/** Tests that replace modules (vi.mock of electron): each file gets fresh modules. */
const isolated = ['test/main/shells/**/*.test.ts'];

export default defineConfig({
  test: {
    // A core of a test that reports a bug (an undeclared error code included) fails that test.
    setupFiles: ['test/setup/noReportedBugs.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Tests open real files, servers and child processes; two cores here.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'isolated', include: isolated } },
      {
        extends: true,
        // The rest share each worker's module cache: every test makes its own vault, core and
        // folders, and loading the app's modules once per worker instead of once per file takes
        // about 40 % off the suite's time on two cores.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: isolated, isolate: false },
      },
    ],
  },
});
