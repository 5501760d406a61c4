import { defineConfig } from 'vitest/config';

/** npm run test:faults: the fault suite (test/faults/), one file after another; it starts its own engine and workers. */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.faults.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 420_000,
  },
});
