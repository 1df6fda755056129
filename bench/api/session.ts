/** Signs in as the demo patient and builds a session-log body from today's plan. */
export interface SignedIn {
  cookie: string;
  patientId: string;
  sessionLog: Record<string, unknown>;
}

const DEMO_PATIENT = { email: 'recovering@demo.minimus.example', password: 'minimus-demo-2026' };

interface PlanResponse {
  date: string;
  exercises: {
    exerciseId: string;
    prescription: { sets: number; reps: number | null; holdSeconds: number | null; loadKg: number };
  }[];
}

/** Sends one request: `fetch` over the network, or an app's own `request` in the same process. */
export type Send = (url: string, init?: RequestInit) => Promise<Response>;

export async function prepareSession(base: string, send: Send = fetch): Promise<SignedIn> {
  const signIn = await send(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(DEMO_PATIENT),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const me = (await (await send(`${base}/api/v1/me`, { headers: { cookie } })).json()) as {
    patientId: string;
  };
  const plan = (await (
    await send(`${base}/api/v1/patients/${me.patientId}/plan`, { headers: { cookie } })
  ).json()) as PlanResponse;
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
  return { cookie, patientId: me.patientId, sessionLog: { date: plan.date, baselinePain: 1, exercises } };
}
