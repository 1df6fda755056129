import { defineConfig } from 'vitest/config';

/**
 * One run over every package. Projects with their own worker limits run one group after another:
 * fast unit tests first, then the server's database tests, then the browser tests, so that the slow
 * groups never compete for the two cores.
 */
const projects = ['packages/core', 'packages/contract', 'packages/web', 'packages/server', 'e2e'];

export default defineConfig({
  test: {
    projects: projects.map((root, groupOrder) => ({
      extends: `./${root}/vitest.config.ts`,
      root,
      test: { sequence: { groupOrder } },
    })),
  },
});
