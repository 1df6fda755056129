/** Starting `minimus` commands and servers for the benchmarks, each as its own process. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

const CLI = new URL('../packages/server/bin/minimus.mjs', import.meta.url).pathname;

/** Runs one `minimus` command (`migrate`, `demo`, ...) to its end; rejects if it fails. */
export async function runMinimus(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`minimus ${args.join(' ')} exited with ${code}`);
}

/** With `BENCH_CPU_PROFILE_DIR` set, each server writes a V8 CPU profile there when it stops. */
const profiling = process.env.BENCH_CPU_PROFILE_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`]
  : [];

/** Starts `minimus serve` and waits until `base`/readyz answers 200 (60 s at most). */
export async function startServer(env: Record<string, string>, base: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...profiling, CLI, 'serve'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGKILL');
  throw new Error(`the server at ${base} was not ready within 60 s`);
}
