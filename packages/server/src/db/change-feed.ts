import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel the triggers of migration 0003 announce changes on. */
export const CHANGE_CHANNEL = 'minimus_change';

export interface ChangeListener {
  /** A row changed: `kind` is 'patient', 'session' or 'user'. */
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

/** How often the listening connection proves it is still there, and how long a reconnect waits. */
const PING_MS = 5_000;
const RETRY_MS = 1_000;

/**
 * One dedicated PostgreSQL connection that LISTENs. If it fails or stops answering its ping, the feed
 * is not live (everyone drops what they hold) until a new connection listens again.
 *
 * Catching up is one `SELECT 1` on the listening connection: PostgreSQL sends a listening session the
 * notifications of every transaction committed before it answers a query, so when the answer arrives
 * they have all been heard. Callers who ask while one such query is on its way wait for the next one
 * (it must start after they asked), so one round trip serves every request of that moment.
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

  async function askRound(): Promise<void> {
    asking = true;
    while (waiting.length > 0) {
      const round = waiting;
      waiting = [];
      const current = client;
      // Without a live connection nothing is held in memory, so there is nothing to catch up with.
      if (current && listeners.isLive) await current.query('SELECT 1').catch(() => lost(current));
      for (const done of round) done();
    }
    asking = false;
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL) listeners.payload(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
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
