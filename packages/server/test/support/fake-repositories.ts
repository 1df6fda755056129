import { addDays, type IsoDate } from '@minimus/core';
import { buildProgram } from '@minimus/core/testing';
import type { Actor, Role } from '../../src/auth/actor.js';
import { Planner } from '../../src/repositories/planner.js';
import { PlanningCache } from '../../src/repositories/planning-cache.js';
import type { Repositories } from '../../src/repositories/repositories.js';
import type { UseCaseContext } from '../../src/services/request-context.js';
import { fakeAccounts, fakeAudit, fakeInvitations } from './fake-accounts.js';
import { fakeDeviceWrites } from './fake-device-writes.js';
import { fakeHistory } from './fake-history.js';
import { fakeMessages } from './fake-messages.js';
import { fakeNotifications } from './fake-notifications.js';
import { fakeAlerts, fakeAttention, fakePatients, fakePrograms } from './fake-records.js';
import { FakeStore } from './fake-store.js';

/**
 * Every repository over one in-memory store, for fast service tests (no database). They keep the
 * rules the tables keep (unique emails, one alert per key, append-only program versions, device writes
 * stored once, versions raised on change); the SQL itself is tested in the *.int.test.ts files.
 */
export function fakeRepositories(store: FakeStore = new FakeStore()): Repositories {
  const alerts = fakeAlerts(store);
  const audit = fakeAudit(store);
  const history = fakeHistory(store);
  return {
    accounts: fakeAccounts(store),
    alerts,
    attention: fakeAttention(store),
    audit,
    deviceWrites: fakeDeviceWrites(store, alerts, audit),
    history,
    invitations: fakeInvitations(store),
    messages: fakeMessages(store),
    notifications: fakeNotifications(),
    patients: fakePatients(store),
    programs: fakePrograms(store),
    planner: new Planner(history, new PlanningCache(100)),
  };
}

export const PUBLIC_URL = 'https://clinic.test';

/** The context a use case receives when `actor` calls it. */
export function contextOf(repos: Repositories, actor: Actor): UseCaseContext {
  return { repos, actor, requestId: 'request-1', publicUrl: PUBLIC_URL };
}

/** A transaction over the fake repositories: the work runs on the same store (no rollback). */
export function fakeTransaction(repos: Repositories) {
  return <T>(work: (inside: Repositories) => Promise<T>): Promise<T> => work(repos);
}

/** A UTC calendar date `days` from today, for injury dates and the like. */
export function daysFromToday(days: number): IsoDate {
  return addDays(new Date().toISOString().slice(0, 10), days);
}

async function account(repos: Repositories, clinicId: string, role: Role, name: string): Promise<Actor> {
  const email = `${name.toLowerCase().replaceAll(' ', '.')}@${clinicId.slice(0, 8)}.test`;
  const row = await repos.accounts.createUser({ email, name, role, clinicId });
  return { userId: row.id, name, email: row.email, role, clinicId, patientId: null, locale: 'en' };
}

/** A patient of `therapist`, injured ten days ago, with version 1 of a fresh program. */
export async function addPatient(repos: Repositories, therapist: Actor, name: string): Promise<Actor> {
  const patient = await account(repos, therapist.clinicId, 'patient', name);
  const timeZone = 'Europe/Madrid';
  const patientId = await repos.patients.create({
    clinicId: therapist.clinicId,
    userId: patient.userId,
    therapistId: therapist.userId,
    name,
    timeZone,
  });
  await repos.programs.append(patientId, {
    version: 1,
    program: buildProgram({ injuryDate: daysFromToday(-10), timeZone }),
    kind: 'created',
    reason: 'Program created',
    authorId: therapist.userId,
    authorName: therapist.name,
  });
  return { ...patient, patientId };
}

export interface FakeClinic {
  clinicId: string;
  admin: Actor;
  therapist: Actor;
  patient: Actor & { patientId: string };
}

function withPatientId(actor: Actor): Actor & { patientId: string } {
  if (!actor.patientId) throw new Error(`${actor.name} has no patient record`);
  return { ...actor, patientId: actor.patientId };
}

/** A clinic with an admin, a therapist and one patient of that therapist. */
export async function buildFakeClinic(repos: Repositories, name = 'Hip Clinic'): Promise<FakeClinic> {
  const clinic = await repos.accounts.createClinic(name);
  const admin = await account(repos, clinic.id, 'admin', `Admin of ${name}`);
  const therapist = await account(repos, clinic.id, 'therapist', `Therapist of ${name}`);
  const patient = withPatientId(await addPatient(repos, therapist, `Patient of ${name}`));
  return { clinicId: clinic.id, admin, therapist, patient };
}

/** Two clinics over one store: `home` is the one under test, `other` the one whose data must stay out of reach. */
export async function buildTwoClinics(): Promise<{
  store: FakeStore;
  repos: Repositories;
  home: FakeClinic;
  other: FakeClinic;
}> {
  const store = new FakeStore();
  const repos = fakeRepositories(store);
  const home = await buildFakeClinic(repos, 'Hip Clinic');
  const other = await buildFakeClinic(repos, 'Other Clinic');
  return { store, repos, home, other };
}
