/**
 * One more app instance's job workers, as a process of its own (so a test can kill it with SIGKILL):
 * `node --import tsx notify-worker.ts <postgres url> <smtp url>`. It prints `ready` once it works.
 */
import { openPostgres } from '../../src/db/database.js';
import { createLogger } from '../../src/http/logger.js';
import { startNotifier } from '../../src/notify/notifier.js';
import { PlanningCache } from '../../src/repositories/planning-cache.js';
import { createRepositories } from '../../src/repositories/repositories.js';

const [url, smtpUrl] = process.argv.slice(2);
if (!url || !smtpUrl) throw new Error('usage: notify-worker.ts <postgres url> <smtp url>');
const database = await openPostgres(url, { max: 8 });
const repos = createRepositories(database.db, { planningCache: new PlanningCache(2000) });
await startNotifier({
  database,
  repos,
  publicUrl: 'http://localhost:3000',
  mail: { smtpUrl, from: 'care@clinic.example' },
  logger: createLogger('warn'),
  cron: false,
  pollingIntervalSeconds: 0.5,
  // A killed instance's jobs are taken over after 3 s here (5 minutes in the app), so a fetched batch
  // must be done well within that: 50 jobs rather than the app's 200.
  expireInSeconds: 3,
  batchSize: 50,
  maintenanceIntervalSeconds: 1,
});
process.stdout.write('ready\n');
