import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A core of a test that reports a bug (an undeclared error code included) fails that test.
    setupFiles: ['test/setup/noReportedBugs.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Tests open real files, servers and child processes; two cores here.
    pool: 'forks',
  },
});
