import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTestUrl, testDatabaseKinds } from '../support/test-database.js';
import { type DeviceSession, postSessionLog, signInDevice, storedClientIds } from './device-session.js';
import {
  embeddedStore,
  postgresStore,
  type RunningServer,
  runMinimus,
  type ServerStore,
  startServer,
} from './server-process.js';

/** Rounds per database: a few in CI; bench/reliability/crash.ts runs 50 each. */
const ROUNDS = Number(process.env.RELIABILITY_CRASH_ROUNDS ?? 2);
const WRITERS = 4;

/** A small seeded generator, so the kill moments of a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const randomPort = () => 20_000 + Math.floor(Math.random() * 20_000);

/** Each writer posts session logs one after another until the server stops answering. */
async function burst(
  base: string,
  device: DeviceSession,
  acknowledged: Set<string>,
  unanswered: Set<string>,
) {
  const writer = async () => {
    for (;;) {
      const { clientId, status } = await postSessionLog(base, device);
      if (status === null) {
        unanswered.add(clientId);
        return;
      }
      if (status !== 201) throw new Error(`a session log was refused with ${status}`);
      acknowledged.add(clientId);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe.each(testDatabaseKinds())('a server killed with SIGKILL during writes on %s', (kind) => {
  let store: ServerStore;
  const port = randomPort();

  beforeAll(async () => {
    const url = postgresTestUrl();
    store = kind === 'postgres' && url ? await postgresStore(url) : embeddedStore();
    await runMinimus(['migrate'], store, port);
    await runMinimus(['demo'], store, port);
  });
  afterAll(async () => store.dispose());

  it(
    `keeps every acknowledged session log exactly once through ${ROUNDS} kills`,
    async () => {
      const random = seededRandom(Number(process.env.RELIABILITY_SEED ?? 20_260_124));
      const acknowledged = new Set<string>();
      let server: RunningServer = await startServer(store, port);
      const device = await signInDevice(server.base);
      try {
        for (let round = 0; round < ROUNDS; round += 1) {
          const unanswered = new Set<string>();
          const writes = burst(server.base, device, acknowledged, unanswered);
          await new Promise((resolve) => setTimeout(resolve, 50 + random() * 700));
          await server.kill();
          await writes;
          server = await startServer(store, port);
          const stored = await storedClientIds(server.base, device);
          expect(
            [...acknowledged].filter((id) => !stored.includes(id)),
            `round ${round}`,
          ).toEqual([]);
          expect(duplicates(stored), `round ${round}`).toEqual([]);
          // The phone retries what it never heard back about: stored once whether or not it landed.
          for (const clientId of unanswered) {
            const { status } = await postSessionLog(server.base, device, clientId);
            expect([200, 201]).toContain(status);
            acknowledged.add(clientId);
          }
        }
        const stored = await storedClientIds(server.base, device);
        expect(duplicates(stored)).toEqual([]);
        expect([...acknowledged].filter((id) => !stored.includes(id))).toEqual([]);
        expect(acknowledged.size).toBeGreaterThan(ROUNDS);
      } finally {
        await server.kill();
      }
    },
    60_000 + ROUNDS * 30_000,
  );

  it.runIf(kind === 'pglite')(
    'refuses a second process on the same data directory',
    async () => {
      const first = await startServer(store, port);
      try {
        await expect(startServer(store, randomPort())).rejects.toThrow(/exited with 1/);
        await expect(runMinimus(['migrate'], store, port)).rejects.toThrow(
          /in use by another Minimus process/,
        );
        expect((await fetch(`${first.base}/readyz`)).status).toBe(200);
      } finally {
        await first.kill();
      }
    },
    90_000,
  );
});
