import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql realm: the ESM entry would otherwise be loaded beside the CJS one (vitest #4605).
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
