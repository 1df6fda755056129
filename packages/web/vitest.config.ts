import { defineConfig } from 'vitest/config';
import { preactAliases } from './preact-aliases.config';

export default defineConfig({
  resolve: { alias: preactAliases },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'happy-dom',
  },
});
