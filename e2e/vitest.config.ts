import { defineConfig } from 'vitest/config';

/** Browser tests: real server, real Chromium. One file at a time, as each starts its own server. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['*.spec.ts'],
    globalSetup: ['./build-once.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A page waits on a real server and browser: on a busy 2-core machine one second is too short.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    fileParallelism: false,
    // Its own group, after the unit and integration projects, so browsers and servers do not compete with them.
    sequence: { groupOrder: 10 },
    passWithNoTests: true,
  },
});
