import { randomUUID } from 'node:crypto';
import { buildClinic, buildPatient, type Clinic, type TestApp } from '../support/test-app.js';
import { photoMessage } from './route-requests.js';

/** Cases per route and the seed, fixed so a failure reproduces; the longer bench run raises the count. */
export function fuzzSettings(): { numRuns: number; seed: number } {
  return {
    numRuns: Number(process.env.RELIABILITY_FUZZ_RUNS ?? 200),
    seed: Number(process.env.RELIABILITY_SEED ?? 20_260_124),
  };
}

/** Which share of the routes this process fuzzes, from RELIABILITY_SHARD such as `2/3` (all by default). */
export function fuzzShard(): { shard: number; shards: number } {
  const match = /^(\d+)\/(\d+)$/.exec(process.env.RELIABILITY_SHARD ?? '1/1');
  const shard = Number(match?.[1] ?? 0);
  const shards = Number(match?.[2] ?? 0);
  if (!match || shards < 1 || shard < 1 || shard > shards)
    throw new Error(`RELIABILITY_SHARD must look like 1/2, not ${process.env.RELIABILITY_SHARD}`);
  return { shard, shards };
}

async function firstRedFlagItem(test: TestApp, cookie: string): Promise<string> {
  const protocol = (await (await test.request('/api/v1/protocol', { cookie })).json()) as {
    screens: { redFlag: { items: { id: string }[] } };
  };
  return protocol.screens.redFlag.items[0]?.id ?? '';
}

async function redFlagAlert(test: TestApp, clinic: Clinic, patient: { id: string; cookie: string }) {
  await test.request(`/api/v1/patients/${patient.id}/screens/red-flag`, {
    cookie: patient.cookie,
    body: {
      clientId: randomUUID(),
      date: '2026-01-20',
      answers: { [await firstRedFlagItem(test, patient.cookie)]: true },
    },
  });
  const alerts = (await (
    await test.request(`/api/v1/patients/${patient.id}/alerts`, { cookie: clinic.therapist.cookie })
  ).json()) as { id: string }[];
  return alerts[0]?.id ?? '';
}

async function invitationToken(test: TestApp, clinic: Clinic, patientId: string): Promise<string> {
  const response = await test.request(`/api/v1/patients/${patientId}/invitations`, {
    method: 'POST',
    cookie: clinic.therapist.cookie,
  });
  const { url } = (await response.json()) as { url: string };
  return url.split('/').at(-1) ?? '';
}

async function extraTherapist(test: TestApp, clinic: Clinic): Promise<string> {
  const response = await test.request('/api/v1/therapists', {
    cookie: clinic.admin.cookie,
    body: { email: `${randomUUID()}@example.org`, name: 'Second therapist' },
  });
  return ((await response.json()) as { id: string }).id;
}

/**
 * A clinic whose every kind of record exists, callers of each role, and the ids each path parameter
 * may take. Ids that a write could spend (the therapist to deactivate, the invitation to accept)
 * belong to accounts the callers do not use, so the callers stay signed in through a whole run.
 */
export async function buildReliabilityClinic(test: TestApp) {
  const clinic = await buildClinic(test);
  const other = await buildClinic(test);
  const patient = await buildPatient(test, clinic);
  const invited = await buildPatient(test, clinic);
  const stranger = await buildPatient(test, other);
  const alertId = await redFlagAlert(test, clinic, patient);
  const cookies = {
    patient: patient.cookie,
    therapist: clinic.therapist.cookie,
    admin: clinic.admin.cookie,
    stranger: other.therapist.cookie,
    anonymous: '',
  };
  const ids: Record<string, string[]> = {
    patientId: [patient.id, stranger.id],
    alertId: [alertId],
    therapistId: [await extraTherapist(test, clinic), other.therapist.id],
    token: [await invitationToken(test, clinic, invited.id), 'x'.repeat(43)],
    messageId: [await photoMessage(test, patient.id, patient.cookie), randomUUID()],
  };
  return { clinic, patient, cookies, ids };
}
