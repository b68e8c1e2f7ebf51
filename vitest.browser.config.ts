import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension in real Chromium: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
