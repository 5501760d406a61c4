import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure and in-process, parallel) and `engine` (against one real Camunda engine
 * started by test/support/engine-global-setup.ts, files one after another because they share it).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.engine.test.ts'],
        },
      },
      {
        test: {
          name: 'engine',
          include: ['test/**/*.engine.test.ts'],
          globalSetup: ['test/support/engine-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
