/**
 * The long hostile-input run: every API route fuzzed with 10,000 generated requests (CI runs 200),
 * on PGlite and then on PostgreSQL. Run with `npx tsx bench/reliability/fuzz.ts`; settings:
 * RELIABILITY_FUZZ_RUNS (10000), RELIABILITY_SEED, TEST_DATABASE_URL (PostgreSQL, default the local server).
 */
import { runReliabilityTests } from './processes.js';

const runs = process.env.RELIABILITY_FUZZ_RUNS ?? '10000';
const postgres = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Each route's cases run in one test; a long run needs a long timeout, which the file derives from the count.
const env = { RELIABILITY_FUZZ_RUNS: runs };
const file = 'packages/server/src/reliability/hostile-input.int.test.ts';
const embedded = await runReliabilityTests(file, env);
const server = await runReliabilityTests(file, {
  ...env,
  RELIABILITY_DATABASE: 'postgres',
  TEST_DATABASE_URL: postgres,
});
process.exit(embedded || server);
