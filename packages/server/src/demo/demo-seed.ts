import { randomUUID } from 'node:crypto';
import {
  addDays,
  courseEndingOn,
  GLUTEUS_MINIMUS_PROTOCOL,
  type History,
  recoveringStrain,
  type SimulatedCourse,
  simulateCourse,
  strainWithSetback,
  tendinopathyCourse,
} from '@minimus/core';
import { hashPassword } from '../auth/passwords.js';
import type { Repositories } from '../repositories/repositories.js';
import { todayIn } from '../services/plans.js';

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

/** Alerts the course raised; those older than a week are marked reviewed, as a therapist would have. */
async function storeAlerts(
  repos: Repositories,
  patientId: string,
  course: SimulatedCourse,
  therapistId: string,
  today: string,
) {
  for (const plan of course.plans) await repos.alerts.upsert(patientId, plan.alerts);
  for (const alert of await repos.alerts.listForPatient(patientId)) {
    if (alert.date < addDays(today, -7))
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

/**
 * Seeds a demo clinic: an admin, a therapist and three patients several weeks into their programs
 * (one recovering, one after a setback, one with tendinopathy), played by the engine's course
 * simulator so every stored log carries the plan it followed.
 */
export async function seedDemo(repos: Repositories): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clinic = await repos.accounts.createClinic('Minimus Demo Clinic');
  const admin = await member(repos, clinic.id, 'admin', 'Alex Admin', passwordHash);
  const therapist = await member(repos, clinic.id, 'therapist', 'Dr. Alba Ruiz, PT', passwordHash);
  const logins: DemoLogin[] = [
    { role: 'admin', name: admin.name, email: admin.email, password: DEMO_PASSWORD },
    { role: 'therapist', name: therapist.name, email: therapist.email, password: DEMO_PASSWORD },
  ];
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
    logins.push({
      role: `patient (${patient.key})`,
      name: patient.name,
      email: account.email,
      password: DEMO_PASSWORD,
    });
  }
  return logins;
}
