import { serve } from '@hono/node-server';
import type { Config } from '../config/config.js';
import { createApp } from '../http/app.js';
import { openRuntime, type Runtime } from '../runtime/runtime.js';
import { refreshAllStaleAttention } from '../services/patient-list.js';
import { setupStatus } from '../services/setup-service.js';

/**
 * Recomputes, in the background, the attention rows that no write has refreshed (after the upgrade that
 * adds them, a restore, or days without a request), so the first therapist to open the list does not
 * wait for a whole clinic. A list asked for meanwhile still computes what it needs itself.
 */
async function bringPatientListsUpToDate(runtime: Runtime): Promise<void> {
  const startedAt = performance.now();
  try {
    const computed = await refreshAllStaleAttention(runtime.deps.repos, new Date());
    const milliseconds = Math.round(performance.now() - startedAt);
    runtime.deps.logger.info('patient lists up to date', { computed, milliseconds });
  } catch (error) {
    runtime.deps.logger.error('could not bring the patient lists up to date', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Opens the database, serves the app and prints where to go next. SIGINT and SIGTERM close the port,
 * the database and the data-directory lock before exiting.
 */
export async function serveCommand(config: Config, print: (line: string) => void): Promise<void> {
  const runtime = await openRuntime(config, { migrate: false, notify: true });
  const app = createApp(runtime.deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.dataDir}`;
  print(`Minimus is running at ${config.publicUrl} (${where}; listening on ${config.host}:${config.port}).`);
  print(`  Patients:      ${config.publicUrl}/`);
  print(`  Clinic staff:  ${config.publicUrl}/clinic`);
  print(`  API reference: ${config.publicUrl}/api/v1/docs`);
  const { needed } = await setupStatus(runtime.deps.repos);
  if (needed) {
    print(`Next: open ${config.publicUrl}/ in a browser and create your clinic (this first visit only).`);
    print('Or, to look around first, stop here and start the demo clinic: `npm start -- --demo`.');
  } else {
    print(`Next: open ${config.publicUrl}/ and sign in.`);
  }
  void bringPatientListsUpToDate(runtime);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    runtime.deps.logger.info('shutting down', { signal });
    server.close(() => {
      runtime.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
