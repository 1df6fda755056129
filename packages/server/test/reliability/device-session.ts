import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../src/demo/demo-seed.js';

/** The demo patient who is several weeks into the program, as `minimus demo` seeds them. */
export const DEMO_PATIENT_EMAIL = 'recovering@demo.minimus.example';

/** A signed-in phone: its session cookie, whose record it writes, and a session log that fits today's plan. */
export interface DeviceSession {
  cookie: string;
  patientId: string;
  sessionLog: (clientId: string) => Record<string, unknown>;
}

interface PlanResponse {
  date: string;
  exercises: {
    exerciseId: string;
    prescription: { sets: number; reps: number | null; holdSeconds: number | null; loadKg: number };
  }[];
}

export async function signInDevice(base: string, email = DEMO_PATIENT_EMAIL): Promise<DeviceSession> {
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).json()) as {
    patientId: string;
  };
  const planResponse = await fetch(`${base}/api/v1/patients/${me.patientId}/plan`, { headers: { cookie } });
  const plan = (await planResponse.json()) as PlanResponse;
  const exercises = plan.exercises.map((exercise) => ({
    exerciseId: exercise.exerciseId,
    sets: Array.from({ length: exercise.prescription.sets }, () => ({
      reps: exercise.prescription.reps,
      holdSeconds: exercise.prescription.holdSeconds,
      loadKg: exercise.prescription.loadKg,
    })),
    painScore: 1,
    stoppedEarly: false,
  }));
  if (exercises.length === 0) throw new Error('the demo patient has no exercises today');
  return {
    cookie,
    patientId: me.patientId,
    sessionLog: (clientId) => ({ clientId, date: plan.date, baselinePain: 1, exercises }),
  };
}

/** Posts one session log; resolves with the status, or null when no answer came back (the server died). */
export async function postSessionLog(base: string, device: DeviceSession, clientId: string = randomUUID()) {
  try {
    const response = await fetch(`${base}/api/v1/patients/${device.patientId}/session-logs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, cookie: device.cookie },
      body: JSON.stringify(device.sessionLog(clientId)),
    });
    await response.arrayBuffer();
    return { clientId, status: response.status as number | null };
  } catch {
    return { clientId, status: null };
  }
}

/** The clientId of every stored session log of the device's patient, duplicates kept. */
export async function storedClientIds(base: string, device: DeviceSession): Promise<string[]> {
  const response = await fetch(`${base}/api/v1/patients/${device.patientId}/session-logs`, {
    headers: { cookie: device.cookie },
  });
  if (!response.ok) throw new Error(`listing session logs failed: ${response.status}`);
  return ((await response.json()) as { clientId: string }[]).map((log) => log.clientId);
}
