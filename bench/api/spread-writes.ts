/**
 * The write loads of bench:api spread over many patients, one new session log per patient-day, as a
 * clinic's phones send them. The demo therapist registers the patients through the API, confirms their
 * programs and takes them out of the rest phase by a check-in.
 *
 * - On the day (`prepareOnTheDayWrites`): each patient has logged every day since leaving rest; the
 *   warm-up sends every patient's log of yesterday (a phone that synced the next morning), the
 *   measurement every patient's log of today. This is what a clinic's day looks like.
 * - A month late (`prepareMonthLateWrites`): each patient's logs of the last 30 days arrive now, oldest
 *   first, every patient's day before anyone's next day: a phone that was offline for a month. Each
 *   such log changes what every later day's plan says, so a write plans every day since its date.
 */
import { randomUUID } from 'node:crypto';
import type { Send } from './session.js';

export const SPREAD_PATIENTS = Number(process.env.BENCH_SPREAD_PATIENTS ?? 500);
/** Patients writing today's log in the on-the-day load: each gives one patient-day measured. */
export const DAY_PATIENTS = Number(process.env.BENCH_DAY_PATIENTS ?? 600);
/** Days of logs each month-late patient has to give: patients x days bounds the writes one run can make. */
const MONTH = 30;
/** Days each on-the-day patient has logged before the warm-up's day (yesterday). */
const LOGGED_DAYS = 2;
const THERAPIST = { email: 'therapist@demo.minimus.example', password: 'minimus-demo-2026' };

interface PlannedDay {
  date: string;
  exercises: {
    exerciseId: string;
    frequency: string;
    prescription: { reps: number | null; holdSeconds: number | null; loadKg: number };
  }[];
}

/** One write's path and body. */
export interface Write {
  path: string;
  body: string;
}

/** The next write, in order; null once every prepared patient-day is used. */
export type NextWrite = () => Write | null;

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

interface Registered {
  id: string;
  exercises: unknown[];
}

/** A session log of a patient's daily exercises on `date`. */
function logOf(patient: Registered, date: string): Write {
  const body = { clientId: randomUUID(), date, baselinePain: 1, exercises: patient.exercises };
  return { path: `/api/v1/patients/${patient.id}/session-logs`, body: JSON.stringify(body) };
}

/**
 * One patient injured `injuredDaysAgo` days ago, confirmed, checked in without pain `injuredDaysAgo - 4`
 * days ago (which ends the rest phase), and the daily exercises of `firstLogDaysAgo` as a session log's list.
 */
async function registerPatient(
  send: Send,
  base: string,
  cookie: string,
  index: number,
  injuredDaysAgo: number,
  firstLogDaysAgo: number,
): Promise<Registered> {
  const created = await post(send, base, '/api/v1/patients', cookie, {
    name: `Spread ${index}`,
    email: `spread-${index}-${randomUUID().slice(0, 8)}@bench.example`,
    injuryDate: isoDaysAgo(injuredDaysAgo),
    side: index % 2 ? 'left' : 'right',
    timeZone: 'UTC',
  });
  const { id } = (await created.json()) as { id: string };
  // The therapist confirms the program from its first day, as protocol 2.0 asks before exercises start.
  await post(send, base, `/api/v1/patients/${id}/program/changes`, cookie, {
    kind: 'sign-off',
    signOff: 'program-confirmed',
    reason: 'Onboarding answers reviewed',
    effectiveFrom: isoDaysAgo(injuredDaysAgo),
  });
  await post(send, base, `/api/v1/patients/${id}/check-ins`, cookie, {
    clientId: randomUUID(),
    date: isoDaysAgo(injuredDaysAgo - 4),
    walkingPain: 1,
    nextMorningPain: 1,
    worstPain24h: 1,
  });
  const plans = await send(`${base}/api/v1/patients/${id}/plans?from=${isoDaysAgo(firstLogDaysAgo)}&days=1`, {
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

async function signInTherapist(send: Send, base: string): Promise<string> {
  const signIn = await post(send, base, '/api/auth/sign-in/email', '', THERAPIST);
  return signIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

/** Runs `task` for 0..count-1, ten at a time, and answers the results in order. */
async function tenAtATime<T>(count: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, offset) => task(start + offset));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

/** Writes in order from a list; null once it is used up. */
function fromList(writes: Write[]): { next: NextWrite; used: () => number } {
  let written = 0;
  return { next: () => writes[written++] ?? null, used: () => Math.min(written, writes.length) };
}

/**
 * Patients who have logged daily up to two days ago; answers the warm-up's writes (everyone's
 * yesterday) and the measured ones (everyone's today), each list one log per patient.
 */
export async function prepareOnTheDayWrites(base: string, send: Send = fetch) {
  const cookie = await signInTherapist(send, base);
  const firstLog = LOGGED_DAYS + 1;
  const patients = await tenAtATime(DAY_PATIENTS, (index) =>
    registerPatient(send, base, cookie, index, firstLog + 7, firstLog),
  );
  for (let daysAgo = firstLog; daysAgo >= 2; daysAgo -= 1) {
    const date = isoDaysAgo(daysAgo);
    await tenAtATime(patients.length, async (index) => {
      const write = logOf(patients[index] as Registered, date);
      await post(send, base, write.path, cookie, JSON.parse(write.body));
    });
  }
  const yesterday = isoDaysAgo(1);
  const today = isoDaysAgo(0);
  return {
    cookie,
    patients: patients.length,
    yesterday: fromList(patients.map((patient) => logOf(patient, yesterday))),
    today: fromList(patients.map((patient) => logOf(patient, today))),
  };
}

/** Patients out of rest a month ago with nothing logged since; their month's logs arrive now. */
export async function prepareMonthLateWrites(base: string, send: Send = fetch) {
  const cookie = await signInTherapist(send, base);
  const patients = await tenAtATime(SPREAD_PATIENTS, (index) =>
    registerPatient(send, base, cookie, index, MONTH + 6, MONTH - 1),
  );
  let written = 0;
  const next: NextWrite = () => {
    const day = Math.floor(written / patients.length);
    const patient = patients[written % patients.length];
    if (day >= MONTH || !patient) return null;
    written += 1;
    return logOf(patient, isoDaysAgo(MONTH - 1 - day));
  };
  return { cookie, next, capacity: patients.length * MONTH, used: () => written };
}
