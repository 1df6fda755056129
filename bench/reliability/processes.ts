/** Running the server's reliability test files with more cases, for the reliability scripts. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const VITEST = new URL('../../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs one of the server's reliability test files with more cases than CI runs; resolves with its exit code. */
export async function runReliabilityTests(file: string, env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, [VITEST, 'run', '--project', 'server', file], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code ?? 1;
}
