import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, TEST_ORIGIN, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  type HostileRequest,
  hostileRequests,
  type OpenApiDocument,
  operationsOf,
} from './hostile-request.js';
import { buildReliabilityClinic, fuzzSettings, fuzzShard } from './reliability-fixture.js';
import { digestTables } from './table-digest.js';

type Fixture = Awaited<ReturnType<typeof buildReliabilityClinic>>;

function describeCase(request: HostileRequest, status: number, body: string): string {
  const shown = request.body && request.body.length > 300 ? `${request.body.slice(0, 300)}...` : request.body;
  return `${request.caller} ${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(request.headers)} ${shown} -> ${status} ${body.slice(0, 300)}`;
}

async function send(test: TestApp, fixture: Fixture, request: HostileRequest): Promise<Response> {
  const cookie = fixture.cookies[request.caller];
  return test.app.request(request.url, {
    method: request.method,
    headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}), ...request.headers },
    ...(request.body !== null ? { body: request.body } : {}),
  });
}

interface State {
  /** The digest of every table as it stands; refreshed after each accepted write. */
  digest: Record<string, string>;
  logLines: string[];
  /** Requests sent, accepted (2xx/3xx), and refused writes whose tables were compared. */
  counts: { sent: number; accepted: number; refusedWrites: number };
}

/** The checks every generated request must pass; a refused write must leave every table's digest as it was. */
async function checkCase(test: TestApp, fixture: Fixture, state: State, request: HostileRequest) {
  state.logLines.length = 0;
  const response = await send(test, fixture, request);
  const body = await response.text();
  const what = `${describeCase(request, response.status, body)} ${state.logLines.join('\n').slice(0, 800)}`;
  expect(response.status, what).toBeLessThan(500);
  if (response.status >= 400)
    expect(response.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  state.counts.sent += 1;
  if (response.status < 400) state.counts.accepted += 1;
  if (request.method !== 'GET') {
    const after = await digestTables(test.deps.db);
    if (response.status >= 400) {
      expect(after, what).toEqual(state.digest);
      state.counts.refusedWrites += 1;
    }
    state.digest = after;
  }
  expect(({} as Record<string, unknown>).polluted, what).toBeUndefined();
}

// PGlite only in CI: the routes and validation are the same code on both databases, and the longer
// run (bench/reliability/fuzz.ts) covers PostgreSQL too via RELIABILITY_DATABASE=postgres.
const kind = process.env.RELIABILITY_DATABASE === 'postgres' ? 'postgres' : 'pglite';

describe(`every API route under hostile input on ${kind}`, () => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let fixture: Fixture;
  let document: OpenApiDocument;
  const { shard, shards } = fuzzShard();
  const state: State = { digest: {}, logLines: [], counts: { sent: 0, accepted: 0, refusedWrites: 0 } };

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database, { logLines: state.logLines });
    fixture = await buildReliabilityClinic(test);
    document = (await (await test.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
    state.digest = await digestTables(test.deps.db);
  });
  afterAll(async () => {
    await testDatabase.dispose();
    const { sent, accepted, refusedWrites } = state.counts;
    if (process.env.RELIABILITY_TIMING)
      console.log(
        `hostile input on ${kind} (shard ${shard}/${shards}): ${sent} requests, ${accepted} accepted, ` +
          `${sent - accepted} refused, ${refusedWrites} refused writes with every table unchanged, no 5xx`,
      );
  });

  it('finds the routes to fuzz in the OpenAPI document', () => {
    expect(operationsOf(document).length).toBeGreaterThan(30);
  });

  const { numRuns, seed } = fuzzSettings();
  // The routes are only known once the app serves its document, so each test takes a slice of them.
  // Reads go first, while the clinic is small: accepted writes add patients that the reports then read.
  const GROUPS = 12;
  // A longer run may split the routes over processes, each with a database of its own.
  const inOrder = () =>
    operationsOf(document)
      .filter((_, index) => index % shards === shard - 1)
      .sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
  it.each(Array.from({ length: GROUPS }, (_, group) => group))(
    `answers ${numRuns} generated requests per route of group %i: no 5xx, problem+json, nothing changed when refused`,
    async (group) => {
      const all = inOrder();
      const size = Math.ceil(all.length / GROUPS);
      const operations = all.slice(group * size, (group + 1) * size);
      for (const operation of operations) {
        const requests = hostileRequests(operation, document.components.schemas, fixture.ids);
        const started = performance.now();
        await fc.assert(
          fc.asyncProperty(requests, (request) => checkCase(test, fixture, state, request)),
          { numRuns, seed, endOnFailure: true },
        );
        if (process.env.RELIABILITY_TIMING)
          console.log(`${operation.method} ${operation.path}: ${Math.round(performance.now() - started)} ms`);
      }
    },
    Math.max(150_000, numRuns * 800),
  );

  // Reads ran first while the data was plain; what the accepted writes stored must not break them.
  it('still answers every read without a 5xx after the accepted writes', async () => {
    const reads = operationsOf(document).filter((operation) => operation.method === 'GET');
    for (const operation of reads) {
      const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => fixture.ids[name]?.[0] ?? '');
      for (const caller of ['patient', 'therapist', 'admin'] as const) {
        await checkCase(test, fixture, state, { caller, method: 'GET', url, headers: {}, body: null });
      }
    }
  });
});
