import { randomUUID } from 'node:crypto';
import {
  addDays,
  alertsBetween,
  courseEndingOn,
  EMPTY_HISTORY,
  GLUTEUS_MINIMUS_PROTOCOL,
  type History,
  newProgram,
  recoveringStrain,
  type SimulatedCourse,
  simulateCourse,
  strainWithSetback,
  tendinopathyCourse,
} from '@minimus/core';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import type { Repositories } from '../repositories/repositories.js';
import { markThread, sendMessage } from '../services/message-service.js';
import { todayIn } from '../services/plans.js';
import type { UseCaseContext } from '../services/request-context.js';

export const DEMO_PASSWORD = 'minimus-demo-2026';
export const DEMO_DOMAIN = 'demo.minimus.example';

const PATIENTS = [
  { key: 'recovering', name: 'Lucía Romero', weeks: 5, scenario: recoveringStrain },
  { key: 'setback', name: 'James Carter', weeks: 7, scenario: strainWithSetback },
  { key: 'tendinopathy', name: 'Greta Vogel', weeks: 4, scenario: tendinopathyCourse },
] as const;

export interface DemoLogin {
  role: string;
  name: string;
  email: string;
  password: string;
}

async function storeHistory(
  repos: Repositories,
  patientId: string,
  history: History,
  therapist: { id: string; name: string },
) {
  for (const log of history.sessionLogs) {
    const { id: _id, ...rest } = log;
    await repos.history.addSessionLog(patientId, randomUUID(), rest);
  }
  for (const { id: _id, ...entry } of history.checkIns)
    await repos.history.addCheckIn(patientId, randomUUID(), entry);
  for (const { id: _id, ...entry } of history.redFlagScreens)
    await repos.history.addScreen(patientId, randomUUID(), 'red-flag', entry);
  for (const { id: _id, ...entry } of history.tendinopathyScreens) {
    await repos.history.addScreen(patientId, randomUUID(), 'tendinopathy', entry);
  }
  for (const { id: _id, ...entry } of history.fallsScreens)
    await repos.history.addScreen(patientId, randomUUID(), 'falls', entry);
  for (const { id: _id, ...entry } of history.maintenanceCheckIns)
    await repos.history.addScreen(patientId, randomUUID(), 'maintenance-check-in', entry);
  for (const { id: _id, ...entry } of history.psfs)
    await repos.history.addPsfs(patientId, randomUUID(), entry);
  for (const test of history.strengthTests) {
    const { id: _id, author: _author, ...entry } = test;
    await repos.history.addStrengthTest({
      patientId,
      ...entry,
      authorId: therapist.id,
      authorName: therapist.name,
    });
  }
}

/**
 * Days after which a demo alert counts as reviewed at the time: James Carter's flare (10 days before
 * today) stays open for the therapist to call him, the bad morning before it was already looked at.
 */
const REVIEWED_AFTER_DAYS = 10;

/** Alerts the course raised; older ones are marked reviewed, as a therapist would have. */
async function storeAlerts(
  repos: Repositories,
  patientId: string,
  course: SimulatedCourse,
  therapistId: string,
  today: string,
) {
  for (const plan of course.plans) await repos.alerts.upsert(patientId, plan.alerts);
  for (const alert of await repos.alerts.listForPatient(patientId)) {
    if (alert.date < addDays(today, -REVIEWED_AFTER_DAYS))
      await repos.alerts.acknowledge(alert.id, therapistId, 'Reviewed at the time (demo data)');
  }
}

async function member(
  repos: Repositories,
  clinicId: string,
  role: 'admin' | 'therapist',
  name: string,
  passwordHash: string,
) {
  const user = await repos.accounts.createUser({ email: `${role}@${DEMO_DOMAIN}`, name, role, clinicId });
  await repos.accounts.setPassword(user.id, passwordHash);
  return user;
}

const WAITING = { key: 'waiting', name: 'Rosa Martín', timeZone: 'Europe/Madrid', locale: 'es' } as const;

/** One line of a demo conversation: who writes, and whether the other side has read it since. */
interface DemoLine {
  from: 'patient' | 'therapist';
  text: string;
  read: boolean;
}

/**
 * The demo's conversations, by patient key: James Carter asked about his flare and had an answer, Lucía
 * Romero has a note from her therapist she has not opened yet, and Rosa Martín (who speaks Spanish)
 * asked a question no therapist has read, so the clinic's list shows her with an unread message.
 */
export const DEMO_CONVERSATIONS: Record<string, readonly DemoLine[]> = {
  setback: [
    {
      from: 'patient',
      text: 'My hip was sore again after the stairs at work. Should I skip the side-lying lifts until it settles?',
      read: true,
    },
    {
      from: 'therapist',
      text: 'Thank you for telling me. Keep to the lighter doses the app shows this week, and stop an exercise if it takes your pain above 5. I will call you to go through it.',
      read: true,
    },
    { from: 'patient', text: 'Thanks, that helps. I will keep to them.', read: true },
  ],
  recovering: [
    {
      from: 'therapist',
      text: 'Lovely steady week, Lucía. Keep the rest day after each strength day; it is part of the program.',
      read: false,
    },
  ],
  waiting: [
    {
      from: 'patient',
      text: 'Hola, ayer respondí las preguntas. Como tengo diabetes, ¿puedo seguir caminando media hora al día mientras revisa mi programa?',
      read: false,
    },
  ],
};

/** Whom a demo conversation is with: the patient's record and account. */
interface DemoPatient {
  patientId: string;
  account: { id: string; name: string; email: string; locale: string };
}

/**
 * Stores the demo's conversations through the message service, as the apps would (each write audited,
 * the attention row recomputed); the seed's transaction holds them with the rest of the demo.
 */
async function seedConversations(
  repos: Repositories,
  clinicId: string,
  therapist: { id: string; name: string; email: string },
  patients: ReadonlyMap<string, DemoPatient>,
) {
  const contextOf = (actor: Omit<Actor, 'clinicId'>): UseCaseContext => ({
    repos,
    actor: { ...actor, clinicId },
    requestId: 'demo-seed',
    publicUrl: '',
  });
  const inThisTransaction = <T>(work: (inner: Repositories) => Promise<T>) => work(repos);
  const staff = contextOf({
    userId: therapist.id,
    name: therapist.name,
    email: therapist.email,
    role: 'therapist',
    patientId: null,
    locale: 'en',
  });
  for (const [key, lines] of Object.entries(DEMO_CONVERSATIONS)) {
    const patient = patients.get(key);
    if (!patient) throw new Error(`the demo has no patient ${key}`);
    const { account } = patient;
    const own = contextOf({ ...account, userId: account.id, role: 'patient', patientId: patient.patientId });
    for (const line of lines) {
      const author = line.from === 'patient' ? own : staff;
      const reader = line.from === 'patient' ? staff : own;
      const input = { clientId: randomUUID(), text: line.text };
      await sendMessage(author, inThisTransaction, patient.patientId, input);
      if (line.read) await markThread(reader, patient.patientId, 'read');
    }
  }
}

/**
 * A patient who answered the onboarding questions yesterday with one risk factor (diabetes) and waits
 * for the therapist to confirm the program (CLINICAL 1): education and no exercises until then.
 */
async function seedWaitingPatient(
  repos: Repositories,
  clinicId: string,
  therapist: { id: string; name: string },
  passwordHash: string,
): Promise<DemoLogin & DemoPatient> {
  const protocol = GLUTEUS_MINIMUS_PROTOCOL;
  const today = todayIn(WAITING.timeZone);
  const yesterday = addDays(today, -1);
  const program = newProgram({
    protocol,
    injuryDate: addDays(today, -4),
    startDate: yesterday,
    side: 'left',
    timeZone: WAITING.timeZone,
    diagnosis: { condition: 'muscle-strain', author: therapist.name },
  });
  const answers = (yes: string) =>
    Object.fromEntries(protocol.screens.redFlag.items.map((item) => [item.id, item.id === yes]));
  const history: History = {
    ...EMPTY_HISTORY,
    checkIns: [{ id: 'c', date: yesterday, nextMorningPain: 3, worstPain24h: 4, walkingPain: 2 }],
    redFlagScreens: [{ id: 'r', date: yesterday, answers: answers('diabetes') }],
    tendinopathyScreens: [
      {
        id: 't',
        date: yesterday,
        answers: Object.fromEntries(protocol.screens.tendinopathy.items.map((item) => [item.id, false])),
      },
    ],
    fallsScreens: [
      {
        id: 'f',
        date: yesterday,
        answers: Object.fromEntries(
          protocol.screens.falls.items.map((item) => [
            item.id,
            ['fallen-past-year', 'worried-about-falling', 'push-to-stand'].includes(item.id),
          ]),
        ),
      },
    ],
    psfs: [{ id: 'p', date: yesterday, activities: [{ name: 'Climbing stairs', score: 4 }] }],
  };
  const account = await repos.accounts.createUser({
    email: `${WAITING.key}@${DEMO_DOMAIN}`,
    name: WAITING.name,
    role: 'patient',
    clinicId,
    locale: WAITING.locale,
  });
  await repos.accounts.setPassword(account.id, passwordHash);
  const patientId = await repos.patients.create({
    clinicId,
    userId: account.id,
    therapistId: therapist.id,
    name: WAITING.name,
    timeZone: WAITING.timeZone,
  });
  await repos.programs.append(patientId, {
    version: 1,
    program,
    kind: 'created',
    reason: 'Demo program',
    authorId: therapist.id,
    authorName: therapist.name,
  });
  await storeHistory(repos, patientId, history, therapist);
  await repos.alerts.upsert(patientId, alertsBetween({ protocol, program, history }, yesterday, today));
  return {
    role: `patient (${WAITING.key})`,
    name: WAITING.name,
    email: account.email,
    password: DEMO_PASSWORD,
    patientId,
    account,
  };
}

/**
 * Seeds a demo clinic: an admin, a therapist and four patients: three several weeks into their programs
 * (one recovering, one after a flare, one with tendinopathy), played by the engine's course simulator so
 * every stored log carries the plan it followed, and one with a risk factor waiting for confirmation;
 * the therapist's contact card as the admin would set it; a few conversations (`DEMO_CONVERSATIONS`).
 */
export async function seedDemo(repos: Repositories): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clinic = await repos.accounts.createClinic('Minimus Demo Clinic');
  const admin = await member(repos, clinic.id, 'admin', 'Alex Admin', passwordHash);
  const therapist = await member(repos, clinic.id, 'therapist', 'Dr. Alba Ruiz, PT', passwordHash);
  const card = {
    therapistName: therapist.name,
    phone: '+34 910 000 000',
    hours: 'Monday to Friday, 9:00 to 17:00',
  };
  await repos.messages.saveContactCard({ therapistId: therapist.id, ...card }, admin.id);
  const logins: DemoLogin[] = [
    { role: 'admin', name: admin.name, email: admin.email, password: DEMO_PASSWORD },
    { role: 'therapist', name: therapist.name, email: therapist.email, password: DEMO_PASSWORD },
  ];
  const seeded = new Map<string, DemoPatient>();
  for (const patient of PATIENTS) {
    const base = patient.scenario(GLUTEUS_MINIMUS_PROTOCOL);
    const today = todayIn(base.program.timeZone);
    const course = simulateCourse(courseEndingOn(base, patient.weeks * 7, addDays(today, -1)));
    const account = await repos.accounts.createUser({
      email: `${patient.key}@${DEMO_DOMAIN}`,
      name: patient.name,
      role: 'patient',
      clinicId: clinic.id,
    });
    await repos.accounts.setPassword(account.id, passwordHash);
    const patientId = await repos.patients.create({
      clinicId: clinic.id,
      userId: account.id,
      therapistId: therapist.id,
      name: patient.name,
      timeZone: course.program.timeZone,
    });
    await repos.programs.append(patientId, {
      version: 1,
      program: course.program,
      kind: 'created',
      reason: 'Demo program',
      authorId: therapist.id,
      authorName: therapist.name,
    });
    await storeHistory(repos, patientId, course.history, therapist);
    await storeAlerts(repos, patientId, course, therapist.id, today);
    seeded.set(patient.key, { patientId, account });
    logins.push({
      role: `patient (${patient.key})`,
      name: patient.name,
      email: account.email,
      password: DEMO_PASSWORD,
    });
  }
  const { patientId, account, ...waiting } = await seedWaitingPatient(
    repos,
    clinic.id,
    therapist,
    passwordHash,
  );
  logins.push(waiting);
  seeded.set(WAITING.key, { patientId, account });
  await seedConversations(repos, clinic.id, therapist, seeded);
  return logins;
}
