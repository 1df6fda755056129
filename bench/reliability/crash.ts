/**
 * The long crash run: 50 rounds of SIGKILL during session-log writes on PGlite and 50 on PostgreSQL
 * (CI runs 2 of each). Run with `npx tsx bench/reliability/crash.ts`; settings:
 * RELIABILITY_CRASH_ROUNDS (50), RELIABILITY_SEED, TEST_DATABASE_URL.
 */
import { runReliabilityTests } from './processes.js';

const code = await runReliabilityTests('packages/server/test/reliability/crash-recovery.int.test.ts', {
  RELIABILITY_CRASH_ROUNDS: process.env.RELIABILITY_CRASH_ROUNDS ?? '50',
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
});
process.exit(code);
