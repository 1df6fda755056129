/**
 * The long hostile-input run: every API route fuzzed with 10,000 generated requests (CI runs 200),
 * on PGlite and then on PostgreSQL. Run with `npm run bench:reliability:fuzz`; settings:
 * RELIABILITY_FUZZ_RUNS (10000), RELIABILITY_SEED, TEST_DATABASE_URL (PostgreSQL, default the local
 * server), RELIABILITY_FUZZ_DATABASES (`pglite,postgres`), RELIABILITY_FUZZ_SHARDS (2: the processes
 * PostgreSQL's run is split over, each with a database of its own, since the database does its share
 * of the work in processes of its own; PGlite runs inside the test process and gains nothing).
 * Each process prints its request counts; a 5xx, a non-problem 4xx or a refused write that changed
 * a table fails it.
 */
import { runReliabilityTests } from './processes.js';

const runs = process.env.RELIABILITY_FUZZ_RUNS ?? '10000';
const postgres = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const databases = (process.env.RELIABILITY_FUZZ_DATABASES ?? 'pglite,postgres').split(',');
const shards = Number(process.env.RELIABILITY_FUZZ_SHARDS ?? 2);
const file = 'packages/server/test/reliability/hostile-input.int.test.ts';
// Each route's cases run in one test; a long run needs a long timeout, which the file derives from the count.
const env = { RELIABILITY_FUZZ_RUNS: runs, RELIABILITY_TIMING: '1' };

async function timed(label: string, run: () => Promise<number[]>): Promise<number> {
  const started = performance.now();
  const codes = await run();
  const seconds = Math.round((performance.now() - started) / 1000);
  const failed = codes.some((code) => code !== 0);
  console.log(`\n${label}: ${runs} cases per route, ${seconds} s, ${failed ? 'FAILED' : 'passed'}`);
  return failed ? 1 : 0;
}

let exitCode = 0;
if (databases.includes('pglite')) {
  exitCode |= await timed('PGlite', async () => [await runReliabilityTests(file, env)]);
}
if (databases.includes('postgres')) {
  exitCode |= await timed(`PostgreSQL (${shards} processes)`, () =>
    Promise.all(
      Array.from({ length: shards }, (_, index) =>
        runReliabilityTests(file, {
          ...env,
          RELIABILITY_DATABASE: 'postgres',
          RELIABILITY_SHARD: `${index + 1}/${shards}`,
          TEST_DATABASE_URL: postgres,
        }),
      ),
    ),
  );
}
process.exit(exitCode);
