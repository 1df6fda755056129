import type { Database } from '../db/database.js';
import { notificationRepository } from '../notify/notification-repository.js';
import { accountRepository } from './account-repository.js';
import { alertRepository } from './alert-repository.js';
import { attentionRepository } from './attention-repository.js';
import { type AuditRepository, auditRepository } from './audit-repository.js';
import { type DeviceWriteRepositoryShape, deviceWriteRepository } from './device-write.js';
import { historyRepository } from './history-repository.js';
import { invitationRepository } from './invitation-repository.js';
import type { MemoryCache } from './memory-cache.js';
import { messageRepository } from './message-repository.js';
import { type PatientRepository, type PatientRow, patientRepository } from './patient-repository.js';
import { Planner } from './planner.js';
import type { PlanningCache } from './planning-cache.js';
import { programRepository } from './program-repository.js';

/** What one server process shares between its requests; transactions go without them. */
export interface SharedParts {
  /** Writes audit rows in batches (see `batchedAuditRecorder`). */
  audit?: Pick<AuditRepository, 'record'>;
  planningCache?: PlanningCache;
  /** Patient rows, dropped when the database announces a change to them. */
  patientRows?: MemoryCache<PatientRow>;
  /** Device writes in batches on the embedded database (see `batchedDeviceWrites`). */
  deviceWrites?: DeviceWriteRepositoryShape;
}

/** `find` answered from memory when the row is held there, and kept there once read; `update` drops it. */
function rememberingFind(patients: PatientRepository, rows: MemoryCache<PatientRow>): PatientRepository {
  return {
    ...patients,
    async find(id) {
      const held = rows.get(id);
      if (held) return held;
      const read = rows.startRead();
      const found = await patients.find(id);
      if (found) rows.keep(id, found, read);
      return found;
    },
    // This process's own change is seen by its next read at once, before the database's announcement
    // of it arrives (on PostgreSQL that comes on another connection, a moment later).
    async update(id, change) {
      try {
        await patients.update(id, change);
      } finally {
        rows.drop(id);
      }
    },
  };
}

/** Every repository over one database handle (the pool, or a transaction). */
export function createRepositories(db: Database, shared: SharedParts = {}) {
  const audit = auditRepository(db);
  const history = historyRepository(db);
  return {
    accounts: accountRepository(db),
    alerts: alertRepository(db),
    attention: attentionRepository(db),
    audit: shared.audit ? { ...audit, record: shared.audit.record } : audit,
    deviceWrites: shared.deviceWrites ?? deviceWriteRepository(db),
    history,
    invitations: invitationRepository(db),
    messages: messageRepository(db),
    notifications: notificationRepository(db),
    patients: shared.patientRows
      ? rememberingFind(patientRepository(db), shared.patientRows)
      : patientRepository(db),
    programs: programRepository(db),
    planner: new Planner(history, shared.planningCache),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
