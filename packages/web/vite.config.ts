import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { preactAliases } from './preact-aliases.config.ts';
import { pwaOptions } from './pwa.config.ts';

/** The patient app. `/api` goes to the server in development; the server serves `dist` in production. */
export default defineConfig({
  resolve: { alias: preactAliases },
  plugins: [VitePWA(pwaOptions)],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      // @minimus/core is pure by design (no I/O, no globals): modules the app does not use, such as the
      // protocol schema and its validator, can be dropped whole instead of riding on the first load.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/core/src/') },
    },
  },
  server: {
    port: 5173,
    // The server's auth checks the Origin header: present the proxied calls as coming from the server's own origin.
    proxy: { '/api': { target: 'http://localhost:3000', headers: { origin: 'http://localhost:3000' } } },
  },
  preview: { port: 4173, proxy: { '/api': { target: 'http://localhost:3000' } } },
});
