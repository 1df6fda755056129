import type { HistoryRepository, Stored } from '../../src/repositories/history-repository.js';
import type { FakeStore, WithClientId } from './fake-store.js';

/**
 * Stores a device write once per (patient, clientId): a replay returns the stored record and changes
 * nothing, as ON CONFLICT DO NOTHING does.
 */
function storeOnce<T extends { id: string }>(
  store: FakeStore,
  patientId: string,
  list: WithClientId<T>[],
  clientId: string,
  make: (id: string) => T,
): Stored<T> {
  const existing = list.find((record) => record.clientId === clientId);
  if (existing) return { created: false, record: { ...existing } };
  const record = { ...make(store.newId()), clientId };
  list.push(record);
  store.dataChanged(patientId);
  return { created: true, record: { ...record } };
}

/** A patient's records in memory, read back the way the engine reads them. */
export function fakeHistory(store: FakeStore): HistoryRepository {
  return {
    async load(patientId) {
      return store.engineHistory(patientId);
    },
    async loadForPlanning(patientId) {
      const patient = store.patients.get(patientId);
      if (!patient) return null;
      const latest = store.programVersions.get(patientId)?.at(-1);
      return {
        dataVersion: patient.dataVersion,
        program: latest ? { version: latest.version, program: latest.program } : null,
        history: store.engineHistory(patientId),
      };
    },
    async sessionLogsBetween(patientId, from, to) {
      return store
        .historyOf(patientId)
        .sessionLogs.filter((log) => log.date >= from && log.date <= to)
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((log) => ({ ...log }));
    },
    async addSessionLog(patientId, clientId, log) {
      const list = store.historyOf(patientId).sessionLogs;
      return storeOnce(store, patientId, list, clientId, (id) => ({ ...log, id }));
    },
    async addCheckIn(patientId, clientId, entry) {
      const list = store.historyOf(patientId).checkIns;
      return storeOnce(store, patientId, list, clientId, (id) => ({ ...entry, id }));
    },
    async addScreen(patientId, clientId, kind, entry) {
      const history = store.historyOf(patientId);
      const lists = {
        'red-flag': history.redFlagScreens,
        tendinopathy: history.tendinopathyScreens,
        falls: history.fallsScreens,
        'maintenance-check-in': history.maintenanceCheckIns,
      };
      const list = lists[kind];
      const stored = storeOnce(store, patientId, list, clientId, (id) => ({ ...entry, id }));
      return { created: stored.created, record: { ...stored.record, kind } };
    },
    async addPsfs(patientId, clientId, entry) {
      const list = store.historyOf(patientId).psfs;
      return storeOnce(store, patientId, list, clientId, (id) => ({ ...entry, id }));
    },
    async addStrengthTest(row) {
      const id = row.id ?? store.newId();
      const { date, method, injuredSide, uninjuredSide, authorName } = row;
      store.historyOf(row.patientId).strengthTests.push({
        id,
        date,
        method,
        injuredSide,
        uninjuredSide,
        loadKg: row.loadKg ?? null,
        author: authorName,
      });
      store.dataChanged(row.patientId);
      return id;
    },
    async addOutcomeScore(row) {
      const id = row.id ?? store.newId();
      const { date, instrument, total, authorName } = row;
      store.historyOf(row.patientId).outcomeScores.push({ id, date, instrument, total, author: authorName });
      store.dataChanged(row.patientId);
      return id;
    },
  };
}
