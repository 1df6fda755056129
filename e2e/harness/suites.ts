import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningDemo, startDemoServer } from './demo-server.js';
import { buildWebApp, type RunningServer, startServer } from './server.js';

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} has not started (its beforeAll failed)`);
  return value;
}

/**
 * For a patient-app spec file: builds the web app, starts the real server with a clinic admin and a
 * browser before its tests, and stops them after.
 */
export function usePatientApp(env: () => Record<string, string> = () => ({})): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await buildWebApp();
    server = await startServer(env());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      return started(server, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
  };
}

/**
 * For a clinician-app spec file: builds the web app (both pages), starts the demo clinic's server, which
 * serves the clinician app under `/clinic` itself, and a browser before its tests, and stops them after.
 */
export function useClinicApp(): { readonly demo: RunningDemo; readonly browser: Browser } {
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await buildWebApp();
    demo = await startDemoServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });
  return {
    get demo() {
      return started(demo, 'the demo server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
  };
}
