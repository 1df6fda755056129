import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Only the patient's own reads are cached; writes go through the app's IndexedDB outbox instead. */
const API_READS = /\/api\/v1\/(me|protocol|patients\/[^/]+\/(plan|plans|summary|session-logs))(\?|$)/;

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Minimus: hip exercise program',
    short_name: 'Minimus',
    description: 'Your home exercise program for the gluteus minimus, guided day by day.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#0b5d4b',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['clinic/**', 'clinician.html', 'pose/**'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [
      /^\/clinic(\/|$)/,
      /^\/api\//,
      /^\/calendar\//,
      /^\/healthz/,
      /^\/readyz/,
      /^\/metrics/,
    ],
    cleanupOutdatedCaches: true,
    // Web Push: the handler that shows a notification and opens its page lives beside the worker.
    importScripts: ['/push-handler.js'],
    runtimeCaching: [
      {
        // The camera counter's model, wasm and code: fetched only when the patient first uses the camera,
        // then kept for offline use. Their names are fixed per release (the code's carry a hash).
        urlPattern: /\/pose\//,
        handler: 'CacheFirst',
        options: { cacheName: 'minimus-pose', expiration: { maxEntries: 12 } },
      },
      {
        // A RegExp, not a function: workbox serialises the options into the generated service worker.
        urlPattern: API_READS,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'minimus-api',
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 60, maxAgeSeconds: 14 * 24 * 3600 },
        },
      },
    ],
  },
};
