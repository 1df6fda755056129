import { createAuth, sessionCookieName } from '../auth/auth.js';
import type { KnownSession } from '../auth/current-actor.js';
import { type Config, isLocalOrigin } from '../config/config.js';
import { lockDataDir } from '../db/data-dir-lock.js';
import { type OpenDatabase, openPglite, openPostgres, pendingMigrations } from '../db/database.js';
import type { TrustedProxies } from '../http/client-address.js';
import type { Dependencies } from '../http/dependencies.js';
import { createLogger, type Logger } from '../http/logger.js';
import { RequestMetrics } from '../http/metrics.js';
import { type NotifierOptions, startNotifier } from '../notify/notifier.js';
import { batchedAuditRecorder } from '../repositories/audit-repository.js';
import { batchedDeviceWrites, deviceWriteRepository } from '../repositories/device-write.js';
import { MemoryCache } from '../repositories/memory-cache.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import { PlanningCache } from '../repositories/planning-cache.js';
import { createRepositories } from '../repositories/repositories.js';
import { authSecret } from './auth-secret.js';

export interface Runtime {
  database: OpenDatabase;
  deps: Dependencies;
  close(): Promise<void>;
}

/**
 * Opens the configured database: the embedded one is locked against a second process and migrated
 * on the spot; a PostgreSQL server is expected to be migrated by `minimus migrate`.
 */
export async function openConfiguredDatabase(config: Config, options: { migrate: boolean }) {
  if (config.databaseUrl) {
    const database = await openPostgres(config.databaseUrl);
    if (options.migrate) await database.migrate();
    const pending = await pendingMigrations(database.db);
    if (pending > 0) {
      await database.close();
      throw new Error(
        `The PostgreSQL database lacks ${pending} migration(s): run \`minimus migrate\` first.`,
      );
    }
    return { database, release: () => undefined };
  }
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openPglite({ dataDir: config.dataDir });
    await database.migrate();
    return { database, release };
  } catch (error) {
    release();
    throw error;
  }
}

/** How many patients' planning states one process keeps (a few MB each hundred). */
const PLANNING_CACHE_PATIENTS = 2000;
/**
 * Sessions and patient rows kept in memory, and for how long at most: changes are announced at once,
 * the time limit only bounds what a listening connection that hangs without failing could miss.
 */
const CACHED_ROWS = 10_000;
const CACHED_ROW_MS = 60_000;

/** Everything the app needs for one open database. */
export async function buildDependencies(
  database: OpenDatabase,
  settings: {
    publicUrl: string;
    authSecret: string | null;
    logger: Logger;
    webRoot?: string;
    trustedOrigins?: readonly string[];
    trustProxy?: TrustedProxies;
    /** Start the job queue and its workers: email when `mail` is set, Web Push always. */
    notify?: Pick<
      NotifierOptions,
      'mail' | 'work' | 'cron' | 'pollingIntervalSeconds' | 'expireInSeconds' | 'batchSize'
    >;
  },
): Promise<Dependencies> {
  const secureCookies = !isLocalOrigin(settings.publicUrl);
  const secret = await authSecret(database.db, settings.authSecret);
  const sessions = new MemoryCache<KnownSession>(CACHED_ROWS, CACHED_ROW_MS);
  const patientRows = new MemoryCache<PatientRow>(CACHED_ROWS, CACHED_ROW_MS);
  const changes = await database.changes();
  changes.subscribe({
    changed(kind, id) {
      if (kind === 'patient') patientRows.drop(id);
      if (kind === 'patient-version') {
        // Only the patient's data version moved (migration 0012): the held row moves with it.
        const [patientId = '', version] = id.split(':');
        patientRows.update(patientId, (row) => ({ ...row, dataVersion: Number(version) }));
      }
      if (kind === 'session') sessions.dropWhere((known) => known.sessionId === id);
      if (kind === 'user') {
        sessions.dropWhere((known) => known.userId === id);
        patientRows.dropWhere((row) => row.userId === id);
      }
    },
    live(isLive) {
      sessions.setLive(isLive);
      patientRows.setLive(isLive);
    },
  });
  const repos = createRepositories(database.db, {
    audit: batchedAuditRecorder(database),
    ...(database.kind === 'pglite'
      ? { deviceWrites: batchedDeviceWrites(database, deviceWriteRepository(database.db)) }
      : {}),
    planningCache: new PlanningCache(PLANNING_CACHE_PATIENTS),
    patientRows,
  });
  const notifier = settings.notify
    ? await startNotifier({
        ...settings.notify,
        database,
        repos,
        publicUrl: settings.publicUrl,
        logger: settings.logger,
        changes,
      })
    : null;
  return {
    db: database.db,
    repos,
    notifier,
    sessions: {
      cache: sessions,
      cookieName: sessionCookieName(secureCookies),
      catchUp: () => changes.catchUp(),
    },
    auth: createAuth({
      db: database.db,
      publicUrl: settings.publicUrl,
      secret,
      secureCookies,
      trustedOrigins: settings.trustedOrigins ?? [],
    }),
    logger: settings.logger,
    metrics: new RequestMetrics(),
    publicUrl: settings.publicUrl,
    secureCookies,
    trustedOrigins: settings.trustedOrigins ?? [],
    trustProxy: settings.trustProxy ?? 0,
    ...(settings.webRoot ? { webRoot: settings.webRoot } : {}),
  };
}

/** Says once, at start, which channels reach people and which are off and why. */
function logChannels(logger: Logger, deps: Dependencies): void {
  const on = deps.notifier?.channels;
  if (!on) return;
  logger.info('notification channels', {
    email: on.email ? 'on' : 'off: MINIMUS_SMTP_URL and MINIMUS_MAIL_FROM are not set',
    push: on.push ? 'on' : 'off',
  });
}

export async function openRuntime(
  config: Config,
  options: { migrate: boolean; notify?: boolean },
): Promise<Runtime> {
  const { database, release } = await openConfiguredDatabase(config, options);
  const logger = createLogger(config.logLevel);
  const deps = await buildDependencies(database, {
    publicUrl: config.publicUrl,
    authSecret: config.authSecret,
    logger,
    trustedOrigins: config.trustedOrigins,
    trustProxy: config.trustProxy,
    ...(options.notify ? { notify: { mail: config.mail } } : {}),
  });
  logChannels(logger, deps);
  return {
    database,
    deps,
    close: async () => {
      await deps.notifier?.stop();
      await database.close();
      release();
    },
  };
}
