import type { Alert } from '@minimus/core';
import type { AlertRepository, AlertRow, NamedAlertRow } from '../../src/repositories/alert-repository.js';
import type { AttentionRepository } from '../../src/repositories/attention-repository.js';
import type { PatientRepository, PatientRow } from '../../src/repositories/patient-repository.js';
import type { ProgramRepository } from '../../src/repositories/program-repository.js';
import type { FakeStore, StoredPatient } from './fake-store.js';

/** Patients in memory, each read with its account's email as the SQL join reads it. */
export function fakePatients(store: FakeStore): PatientRepository {
  const read = (row: StoredPatient): PatientRow => {
    const { alertsVersion: _alertsVersion, ...patient } = row;
    return { ...patient, email: store.users.get(row.userId)?.email ?? '' };
  };
  return {
    async create(input) {
      const id = store.newId();
      store.patients.set(id, { ...input, id, createdAt: store.stamp(), dataVersion: 1, alertsVersion: 1 });
      return id;
    },
    async find(id) {
      const row = store.patient(id);
      return row ? read(row) : null;
    },
    async invitationUnused(patientIds) {
      return new Set(
        patientIds.filter((id) => {
          const row = store.patients.get(id);
          return row !== undefined && !store.passwordHashes.has(row.userId);
        }),
      );
    },
    async findByUser(userId) {
      const row = [...store.patients.values()].find((patient) => patient.userId === userId);
      return row ? read(row) : null;
    },
    async listByClinic(clinicId, query) {
      const needle = query?.toLowerCase();
      return [...store.patients.values()]
        .filter((row) => row.clinicId === clinicId && (!needle || row.name.toLowerCase().includes(needle)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(read);
    },
    async update(id, changes) {
      const row = store.patients.get(id);
      if (!row) return;
      Object.assign(row, changes);
      const account = store.users.get(row.userId);
      if (changes.name && account) account.name = changes.name;
    },
  };
}

/** Program versions in memory: append-only, and a version number taken already is refused. */
export function fakePrograms(store: FakeStore): ProgramRepository {
  const versionsOf = (patientId: string) => store.programVersions.get(patientId) ?? [];
  return {
    async latest(patientId) {
      const latest = versionsOf(patientId).at(-1);
      return latest ? { ...latest } : null;
    },
    async history(patientId) {
      return versionsOf(patientId).map((row) => ({ ...row }));
    },
    async append(patientId, row) {
      const versions = versionsOf(patientId);
      if (versions.some((stored) => stored.version === row.version)) return false;
      const next = [...versions, { ...row, createdAt: store.stamp() }].sort((a, b) => a.version - b.version);
      store.programVersions.set(patientId, next);
      store.dataChanged(patientId);
      return true;
    },
  };
}

const newestFirst = (a: AlertRow, b: AlertRow) =>
  b.date.localeCompare(a.date) || b.createdAt.getTime() - a.createdAt.getTime();

/** Engine alerts in memory: one row per patient and key; an upsert changes the words, never the status. */
export function fakeAlerts(store: FakeStore): AlertRepository {
  const named = (row: AlertRow): NamedAlertRow => ({
    ...row,
    acknowledgedByName: row.acknowledgedBy ? (store.users.get(row.acknowledgedBy)?.name ?? null) : null,
  });
  const upsertOne = (patientId: string, item: Alert) => {
    const words = {
      severity: item.severity,
      message: item.message,
      physicianMessage: item.physicianMessage,
      therapistMessage: item.therapistMessage,
      notifyTherapist: item.notifyTherapist,
    };
    const found = store.alerts.find((row) => row.patientId === patientId && row.key === item.key);
    if (found) Object.assign(found, words);
    else
      store.alerts.push({
        ...words,
        id: store.newId(),
        patientId,
        key: item.key,
        kind: item.kind,
        date: item.date,
        exerciseId: item.exerciseId,
        ruleId: item.ruleId,
        status: 'open',
        acknowledgedBy: null,
        acknowledgedAt: null,
        note: null,
        createdAt: store.stamp(),
      });
  };
  return {
    async upsert(patientId, alerts) {
      if (alerts.length === 0) return;
      for (const item of alerts) upsertOne(patientId, item);
      store.alertsChanged(patientId);
    },
    async find(id) {
      const row = store.alerts.find((alert) => alert.id === id);
      return row ? named(row) : null;
    },
    async listForPatient(patientId) {
      return store.alerts
        .filter((row) => row.patientId === patientId)
        .sort(newestFirst)
        .map(named);
    },
    async listForClinic(clinicId, status) {
      return store.alerts
        .flatMap((row) => {
          const patient = store.patients.get(row.patientId);
          const matches = patient?.clinicId === clinicId && (!status || row.status === status);
          return matches ? [{ ...named(row), patientName: patient.name }] : [];
        })
        .sort(newestFirst);
    },
    async openCounts(patientIds) {
      const counts = new Map<string, number>();
      for (const row of store.alerts)
        if (patientIds.includes(row.patientId) && row.status === 'open' && row.notifyTherapist)
          counts.set(row.patientId, (counts.get(row.patientId) ?? 0) + 1);
      return counts;
    },
    async acknowledge(id, by, note) {
      const row = store.alerts.find((alert) => alert.id === id);
      if (!row) return null;
      Object.assign(row, { status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: store.stamp(), note });
      store.alertsChanged(row.patientId);
      return named(row);
    },
  };
}

/**
 * Attention snapshots in memory. The clinic's ordered, paged list is SQL (an index and a cursor) and is
 * tested on the real databases; here it is refused rather than imitated.
 */
export function fakeAttention(store: FakeStore): AttentionRepository {
  const notHere = (what: string) => () =>
    Promise.reject(new Error(`${what} is the database's work: test it in an *.int.test.ts file`));
  return {
    async versionsOf(patientId) {
      const row = store.patients.get(patientId);
      if (!row) return null;
      const { dataVersion, alertsVersion, clinicId, timeZone } = row;
      return { dataVersion, alertsVersion, messagesVersion: 0, clinicId, timeZone };
    },
    async store(snapshot) {
      const held = store.attention.get(snapshot.patientId);
      // Kept when computed from newer data or newer alerts (another instance got there first).
      const newer =
        held &&
        (held.dataVersion > snapshot.dataVersion ||
          held.alertsVersion > snapshot.alertsVersion ||
          held.messagesVersion > snapshot.messagesVersion);
      if (!newer) store.attention.set(snapshot.patientId, snapshot);
    },
    due: notHere('the list of stale snapshots'),
    toRefresh: notHere('the list of snapshots to recompute'),
    page: notHere("the clinic's paged patient list"),
  };
}
