import type { AlertRepository } from '../../src/repositories/alert-repository.js';
import type { AuditRepository } from '../../src/repositories/audit-repository.js';
import type { DeviceRecord, DeviceWriteRepositoryShape } from '../../src/repositories/device-write.js';
import type { FakeStore, StoredHistory, WithClientId } from './fake-store.js';

type DeviceList =
  | 'sessionLogs'
  | 'checkIns'
  | 'redFlagScreens'
  | 'tendinopathyScreens'
  | 'fallsScreens'
  | 'maintenanceCheckIns'
  | 'psfs';

const SCREEN_LISTS: Record<string, DeviceList> = {
  'red-flag': 'redFlagScreens',
  tendinopathy: 'tendinopathyScreens',
  falls: 'fallsScreens',
  'maintenance-check-in': 'maintenanceCheckIns',
};

function listOf(table: string, record: DeviceRecord): DeviceList {
  if (table === 'session_log') return 'sessionLogs';
  if (table === 'check_in') return 'checkIns';
  if (table === 'psfs_entry') return 'psfs';
  const screenList = table === 'screen' ? SCREEN_LISTS[String(record.kind)] : undefined;
  if (screenList) return screenList;
  throw new Error(`record_device_write: ${table} is not written by devices`);
}

/**
 * `record_device_write` in memory: a replay answers the stored record, a write planned from a data
 * version that no longer stands stores nothing, and otherwise the record, the alerts and the audit row
 * are stored and the data version rises by one, as the function and the triggers do in SQL.
 */
export function fakeDeviceWrites(
  store: FakeStore,
  alerts: Pick<AlertRepository, 'upsert'>,
  audit: Pick<AuditRepository, 'record'>,
): DeviceWriteRepositoryShape {
  return {
    async record(write) {
      const patient = store.patients.get(write.patientId);
      if (!patient) throw new Error(`record_device_write: no patient ${write.patientId}`);
      const history: StoredHistory = store.historyOf(write.patientId);
      const list = history[listOf(write.table, write.record)] as WithClientId<{ id: string }>[];
      const existing = list.find((stored) => stored.clientId === write.record.clientId);
      if (!existing && patient.dataVersion !== write.expectedDataVersion)
        return { outcome: 'stale', dataVersion: patient.dataVersion };
      // Checked and stored with no await in between: the patient's row lock, in memory.
      if (!existing) {
        const { kind: _kind, ...record } = write.record;
        list.push(record as WithClientId<{ id: string }>);
        store.dataChanged(write.patientId);
      }
      const dataVersion = patient.dataVersion;
      await audit.record({ ...write.audit, patientId: write.patientId, outcome: 'allowed' });
      if (existing) {
        const kind = write.table === 'screen' ? { kind: write.record.kind } : {};
        return { outcome: 'replayed', record: { ...existing, ...kind } };
      }
      await alerts.upsert(write.patientId, write.alerts);
      return { outcome: 'created', dataVersion };
    },
  };
}
