import type { Database } from '../db/database.js';
import { accountRepository } from './account-repository.js';
import { alertRepository } from './alert-repository.js';
import { auditRepository } from './audit-repository.js';
import { historyRepository } from './history-repository.js';
import { invitationRepository } from './invitation-repository.js';
import { patientRepository } from './patient-repository.js';
import { programRepository } from './program-repository.js';

/** Every repository over one database handle (the pool, or a transaction). */
export function createRepositories(db: Database) {
  return {
    accounts: accountRepository(db),
    alerts: alertRepository(db),
    audit: auditRepository(db),
    history: historyRepository(db),
    invitations: invitationRepository(db),
    patients: patientRepository(db),
    programs: programRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
