/**
 * The realistic write load of bench:api: session logs spread over many patients, each log a new day of
 * one patient's program (patient-days in date order, every patient's day before anyone's next day), as
 * a clinic's phones would send them. The demo therapist registers the patients through the API, each
 * injured `DAYS + 6` days ago and out of the rest phase by a check-in, and writes their logs.
 */
import { randomUUID } from 'node:crypto';
import type { Send } from './session.js';

export const SPREAD_PATIENTS = Number(process.env.BENCH_SPREAD_PATIENTS ?? 600);
/** Days of logs each patient has to give: patients x days bounds the writes one run can make. */
const DAYS = 30;
const THERAPIST = { email: 'therapist@demo.minimus.example', password: 'minimus-demo-2026' };

interface PlannedDay {
  date: string;
  exercises: {
    exerciseId: string;
    frequency: string;
    prescription: { reps: number | null; holdSeconds: number | null; loadKg: number };
  }[];
}

/** The next write's body and path, patient-days in date order; null once every patient-day is used. */
export type NextWrite = () => { path: string; body: string } | null;

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function post(send: Send, base: string, path: string, cookie: string, body?: unknown) {
  const response = await send(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** One patient out of rest, and the daily exercises of the first day to log, as a session log's list. */
async function registerPatient(send: Send, base: string, cookie: string, index: number) {
  const created = await post(send, base, '/api/v1/patients', cookie, {
    name: `Spread ${index}`,
    email: `spread-${index}-${randomUUID().slice(0, 8)}@bench.example`,
    injuryDate: isoDaysAgo(DAYS + 6),
    side: index % 2 ? 'left' : 'right',
    timeZone: 'UTC',
  });
  const { id } = (await created.json()) as { id: string };
  // The therapist confirms the program from its first day, as protocol 2.0 asks before exercises start.
  await post(send, base, `/api/v1/patients/${id}/program/changes`, cookie, {
    kind: 'sign-off',
    signOff: 'program-confirmed',
    reason: 'Onboarding answers reviewed',
    effectiveFrom: isoDaysAgo(DAYS + 6),
  });
  const checkIn = { clientId: randomUUID(), date: isoDaysAgo(DAYS + 2), walkingPain: 1 };
  await post(send, base, `/api/v1/patients/${id}/check-ins`, cookie, {
    ...checkIn,
    nextMorningPain: 1,
    worstPain24h: 1,
  });
  const plans = await send(`${base}/api/v1/patients/${id}/plans?from=${isoDaysAgo(DAYS - 1)}&days=1`, {
    headers: { cookie },
  });
  const [first] = (await plans.json()) as PlannedDay[];
  const exercises = (first?.exercises ?? [])
    .filter((exercise) => exercise.frequency === 'daily')
    .map(({ exerciseId, prescription }) => ({
      exerciseId,
      sets: [{ reps: prescription.reps, holdSeconds: prescription.holdSeconds, loadKg: prescription.loadKg }],
      painScore: 1,
      stoppedEarly: false,
    }));
  if (exercises.length === 0) throw new Error(`patient ${index} has nothing to log on ${first?.date}`);
  return { id, exercises };
}

/** Signs the demo therapist in, registers the patients and returns the therapist's cookie and the writes. */
export async function prepareSpreadWrites(base: string, send: Send = fetch) {
  const signIn = await post(send, base, '/api/auth/sign-in/email', '', THERAPIST);
  const cookie = signIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const patients: Awaited<ReturnType<typeof registerPatient>>[] = [];
  for (let start = 0; start < SPREAD_PATIENTS; start += 10) {
    const batch = Array.from({ length: Math.min(10, SPREAD_PATIENTS - start) }, (_, offset) =>
      registerPatient(send, base, cookie, start + offset),
    );
    patients.push(...(await Promise.all(batch)));
  }
  let written = 0;
  const next: NextWrite = () => {
    const day = Math.floor(written / patients.length);
    const patient = patients[written % patients.length];
    if (day >= DAYS || !patient) return null;
    written += 1;
    const body = { clientId: randomUUID(), date: isoDaysAgo(DAYS - 1 - day), baselinePain: 1 };
    return {
      path: `/api/v1/patients/${patient.id}/session-logs`,
      body: JSON.stringify({ ...body, exercises: patient.exercises }),
    };
  };
  return { cookie, next, capacity: patients.length * DAYS, used: () => written };
}
