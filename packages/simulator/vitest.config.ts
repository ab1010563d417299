import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fuzz, streaming and contract suites start servers and child processes: give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
