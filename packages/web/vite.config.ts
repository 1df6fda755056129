import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { poseFiles } from './pose-files.config';
import { preactAliases } from './preact-aliases.config';
import { pwaOptions } from './pwa.config';

/** The patient app. `/api` goes to the server in development; the server serves `dist` in production. */
export default defineConfig({
  resolve: { alias: preactAliases },
  plugins: [VitePWA(pwaOptions), poseFiles()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      // Two pages: the patient app (index.html) and the clinician app the server serves under /clinic.
      input: { index: 'index.html', clinician: 'clinician.html' },
      output: {
        // Code only the clinician app uses goes to clinic/, which the patient's service worker does not precache.
        // A clinician page's chunk may also carry core rules only the clinic calls (outcome ranges, say):
        // core code the patient app needs sits in a shared chunk, so the page's chunk stays clinic-only.
        entryFileNames: (chunk) =>
          chunk.name === 'clinician' ? 'clinic/[name]-[hash].js' : 'assets/[name]-[hash].js',
        // The pose model's code (loaded only when the camera counter is used) goes to pose/, beside its
        // model and wasm files: not precached, kept by the service worker once used.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/@vladmandic/human/'))
            ? 'pose/[name]-[hash].js'
            : chunk.moduleIds.some((id) => id.includes('/src/clinic/')) &&
                chunk.moduleIds.every(
                  (id) => id.includes('/src/clinic/') || id.includes('/packages/core/src/'),
                )
              ? 'clinic/[name]-[hash].js'
              : 'assets/[name]-[hash].js',
      },
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
