import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel the triggers of migration 0003 announce changes on. */
export const CHANGE_CHANNEL = 'minimus_change';

export interface ChangeListener {
  /**
   * A row changed: `kind` is 'patient', 'session' or 'user', and `id` the row's id; or only a patient's
   * data version moved: `kind` is 'patient-version' and `id` is '<patient id>:<new data version>'.
   */
  changed(kind: string, id: string): void;
  /** Whether changes are being heard; while false, nothing may be served from memory. */
  live(isLive: boolean): void;
}

/**
 * Hears the database's change announcements. Announcements are delivered at commit to every listening
 * connection, so an instance learns of another instance's writes within the round trip of one message.
 */
export interface ChangeFeed {
  subscribe(listener: ChangeListener): () => void;
  /**
   * Resolves once every change committed before the call has been heard, so memory can be trusted
   * as of the start of a request, whichever instance made the change.
   */
  catchUp(): Promise<void>;
  readonly isLive: boolean;
  close(): Promise<void>;
}

function parse(payload: string | undefined): [string, string] | null {
  const at = payload?.indexOf(':') ?? -1;
  return payload && at > 0 ? [payload.slice(0, at), payload.slice(at + 1)] : null;
}

class Listeners {
  readonly #all = new Set<ChangeListener>();
  isLive = false;

  add(listener: ChangeListener): () => void {
    this.#all.add(listener);
    listener.live(this.isLive);
    return () => this.#all.delete(listener);
  }

  payload(payload: string | undefined): void {
    const change = parse(payload);
    if (change) for (const listener of this.#all) listener.changed(change[0], change[1]);
  }

  setLive(isLive: boolean): void {
    if (isLive === this.isLive) return;
    this.isLive = isLive;
    for (const listener of this.#all) listener.live(isLive);
  }
}

/**
 * PGlite runs in this process and is used by this process alone (the data directory is locked), and it
 * delivers a notification before the statement that caused it returns: what it announces is exact.
 */
export async function pgliteChangeFeed(client: PGlite): Promise<ChangeFeed> {
  const listeners = new Listeners();
  const unlisten = await client.listen(CHANGE_CHANNEL, (payload) => listeners.payload(payload));
  listeners.setLive(true);
  return {
    subscribe: (listener) => listeners.add(listener),
    catchUp: () => Promise.resolve(),
    get isLive() {
      return listeners.isLive;
    },
    close: async () => {
      listeners.setLive(false);
      await unlisten();
    },
  };
}

/** How the listening connection shows in `pg_stat_activity`. */
export const FEED_APPLICATION_NAME = 'minimus-change-feed';

/** The kind of the catch-up markers a feed announces to itself. */
const MARKER = 'caught-up';

/** How often the listening connection proves it is still there, and how long a reconnect waits. */
const PING_MS = 5_000;
const RETRY_MS = 1_000;

/**
 * One dedicated PostgreSQL connection that LISTENs. If it fails or stops answering its ping, the feed
 * is not live (everyone drops what they hold) until a new connection listens again.
 *
 * Catching up is one statement on the listening connection that announces a numbered marker on the
 * same channel. PostgreSQL delivers announcements in commit order, and a session's own before it
 * answers, so once the marker is heard everything committed before it has been heard too. A marker
 * that does not come back (a pooler in transaction mode passes no notifications) takes the feed down,
 * so memory is never trusted on a connection that cannot hear. Callers who ask while a round is on its
 * way wait for the next one (it must start after they asked); one round trip serves them all.
 */
export function postgresChangeFeed(url: string): ChangeFeed {
  const listeners = new Listeners();
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let ping: NodeJS.Timeout | null = null;

  const lost = (failed: pg.Client) => {
    if (client !== failed) return;
    client = null;
    listeners.setLive(false);
    if (ping) clearInterval(ping);
    failed.end().catch(() => undefined);
    if (!closed) {
      retry = setTimeout(connect, RETRY_MS);
      retry.unref();
    }
  };

  let waiting: (() => void)[] = [];
  let asking = false;
  // Every instance hears every marker: each feed counts only its own.
  const feedId = randomUUID();
  let marker = 0;
  let heardMarker = 0;

  async function askRound(): Promise<void> {
    asking = true;
    while (waiting.length > 0) {
      const round = waiting;
      waiting = [];
      const current = client;
      // Without a live connection nothing is held in memory, so there is nothing to catch up with.
      if (current && listeners.isLive) {
        marker += 1;
        const expected = marker;
        await current
          .query(`SELECT pg_notify('${CHANGE_CHANNEL}', $1)`, [`${MARKER}:${feedId}:${expected}`])
          .then(() => {
            if (heardMarker < expected) lost(current);
          })
          .catch(() => lost(current));
      }
      for (const done of round) done();
    }
    asking = false;
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url, application_name: FEED_APPLICATION_NAME });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || client !== next) return;
      const change = parse(message.payload);
      if (change?.[0] !== MARKER) listeners.payload(message.payload);
      else if (change[1].startsWith(`${feedId}:`))
        heardMarker = Math.max(heardMarker, Number(change[1].slice(feedId.length + 1)));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
      // A marker carries no data: its commit need not wait for the disk.
      await next.query('SET synchronous_commit TO off');
      if (closed || client !== next) return;
      listeners.setLive(true);
      ping = setInterval(() => {
        next.query('SELECT 1').catch(() => lost(next));
      }, PING_MS);
      ping.unref();
    } catch {
      lost(next);
    }
  }

  void connect();
  return {
    subscribe: (listener) => listeners.add(listener),
    catchUp: () =>
      new Promise<void>((done) => {
        waiting.push(done);
        if (!asking) void askRound();
      }),
    get isLive() {
      return listeners.isLive;
    },
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      if (ping) clearInterval(ping);
      listeners.setLive(false);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
