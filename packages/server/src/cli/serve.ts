import { serve } from '@hono/node-server';
import type { Config } from '../config/config.js';
import { createApp } from '../http/app.js';
import { openRuntime } from '../runtime/runtime.js';

/**
 * Opens the database, serves the app and prints where to go next. SIGINT and SIGTERM close the port,
 * the database and the data-directory lock before exiting.
 */
export async function serveCommand(config: Config, print: (line: string) => void): Promise<void> {
  const runtime = await openRuntime(config, { migrate: false });
  const app = createApp(runtime.deps);
  const server = serve({ fetch: app.fetch, port: config.port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.dataDir}`;
  print(`Minimus is running at ${config.publicUrl} (${where}).`);
  print('Next: open that address and sign in. No account yet? Run `npm start -- --demo` for a demo clinic,');
  print('or `npx minimus create-admin --email you@example.org --name "Your Name" --clinic "Your Clinic"`.');
  print(`API documentation: ${config.publicUrl}/api/v1/docs`);
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
