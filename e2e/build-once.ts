import type { TestProject } from 'vitest/node';
import { browserAvailable } from './harness/browser.js';
import { buildWebAppNow } from './harness/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app was built for this run, before the first spec file. */
    webAppBuilt: boolean;
  }
}

/** Builds the web app once for the whole browser run, instead of once per spec file. */
export async function setup(project: TestProject): Promise<void> {
  if (!browserAvailable) {
    project.provide('webAppBuilt', false);
    return;
  }
  await buildWebAppNow();
  project.provide('webAppBuilt', true);
}
