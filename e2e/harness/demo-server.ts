import { launchMinimus, runMinimus } from './server.js';

/** The logins `minimus demo` prints (demo data only). */
export const DEMO = {
  password: 'minimus-demo-2026',
  therapist: 'therapist@demo.minimus.example',
  admin: 'admin@demo.minimus.example',
  patients: ['recovering', 'setback', 'tendinopathy', 'waiting'].map(
    (name) => `${name}@demo.minimus.example`,
  ),
} as const;

export interface RunningDemo {
  url: string;
  stop(): Promise<void>;
}

/**
 * The real server (`minimus serve`) on a fresh data directory seeded by `minimus demo`: a clinic with
 * an admin, a therapist and three patients several weeks into their programs.
 */
export async function startDemoServer(): Promise<RunningDemo> {
  return launchMinimus('minimus-clinic-e2e-', (env) => runMinimus(['demo'], env));
}
