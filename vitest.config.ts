import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Tests open real files, servers and child processes; two cores here.
    pool: 'forks',
  },
});
