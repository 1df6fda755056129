import { randomUUID } from 'node:crypto';
import type {
  CheckIn,
  History,
  OutcomeScore,
  PsfsEntry,
  ScreenAnswers,
  SessionLog,
  StrengthTest,
} from '@minimus/core';
import { sortHistory } from '@minimus/core';
import type { UserRow } from '../../src/repositories/account-repository.js';
import type { AlertRow } from '../../src/repositories/alert-repository.js';
import type { AttentionSnapshot } from '../../src/repositories/attention-repository.js';
import type { AuditRow } from '../../src/repositories/audit-repository.js';
import type { InvitationRow } from '../../src/repositories/invitation-repository.js';
import type { PatientRow } from '../../src/repositories/patient-repository.js';
import type { ProgramVersionRow } from '../../src/repositories/program-repository.js';

/** A patient row as the table holds it: the email lives on the account, the versions on the row. */
export type StoredPatient = Omit<PatientRow, 'email'> & { alertsVersion: number };

/** A device write with the id the device gave it. */
export type WithClientId<T> = T & { clientId: string };

/** One patient's records, each list in the order they were stored. */
export interface StoredHistory {
  checkIns: WithClientId<CheckIn>[];
  sessionLogs: WithClientId<SessionLog>[];
  redFlagScreens: WithClientId<ScreenAnswers>[];
  tendinopathyScreens: WithClientId<ScreenAnswers>[];
  fallsScreens: WithClientId<ScreenAnswers>[];
  maintenanceCheckIns: WithClientId<ScreenAnswers>[];
  psfs: WithClientId<PsfsEntry>[];
  strengthTests: StrengthTest[];
  outcomeScores: OutcomeScore[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function withoutClientId<T>({ clientId: _clientId, ...record }: WithClientId<T>): T {
  return record as T;
}

/**
 * The tables of the fake repositories, in memory. Like the database's triggers, any change to a
 * patient's history or program raises the patient's data version, and any change to their alerts the
 * alerts version, so code that labels what it read with those versions behaves as it does on SQL.
 */
export class FakeStore {
  readonly clinics = new Map<string, { id: string; name: string }>();
  readonly users = new Map<string, UserRow>();
  readonly passwordHashes = new Map<string, string>();
  readonly patients = new Map<string, StoredPatient>();
  readonly programVersions = new Map<string, ProgramVersionRow[]>();
  readonly histories = new Map<string, StoredHistory>();
  readonly invitations: InvitationRow[] = [];
  readonly calendarFeeds = new Map<string, { secretHash: string; createdAt: Date }>();
  readonly alerts: AlertRow[] = [];
  readonly attention = new Map<string, AttentionSnapshot>();
  readonly audit: AuditRow[] = [];
  /** Orders rows stored within the same millisecond, as `created_at` and then insertion order do in SQL. */
  private tick = 0;

  newId(): string {
    return randomUUID();
  }

  /** A timestamp one tick after the last one this store handed out. */
  stamp(): Date {
    this.tick = Math.max(this.tick + 1, Date.now());
    return new Date(this.tick);
  }

  patient(id: string): StoredPatient | null {
    return UUID.test(id) ? (this.patients.get(id) ?? null) : null;
  }

  historyOf(patientId: string): StoredHistory {
    let history = this.histories.get(patientId);
    if (!history) {
      history = {
        checkIns: [],
        sessionLogs: [],
        redFlagScreens: [],
        tendinopathyScreens: [],
        fallsScreens: [],
        maintenanceCheckIns: [],
        psfs: [],
        strengthTests: [],
        outcomeScores: [],
      };
      this.histories.set(patientId, history);
    }
    return history;
  }

  /** The history as the engine reads it: device ids dropped, each list by date, then as stored. */
  engineHistory(patientId: string): History {
    const stored = this.historyOf(patientId);
    return sortHistory({
      checkIns: stored.checkIns.map(withoutClientId),
      sessionLogs: stored.sessionLogs.map(withoutClientId),
      redFlagScreens: stored.redFlagScreens.map(withoutClientId),
      tendinopathyScreens: stored.tendinopathyScreens.map(withoutClientId),
      fallsScreens: stored.fallsScreens.map(withoutClientId),
      maintenanceCheckIns: stored.maintenanceCheckIns.map(withoutClientId),
      psfs: stored.psfs.map(withoutClientId),
      strengthTests: [...stored.strengthTests],
      outcomeScores: [...stored.outcomeScores],
    });
  }

  dataChanged(patientId: string): void {
    const row = this.patients.get(patientId);
    if (row) row.dataVersion += 1;
  }

  alertsChanged(patientId: string): void {
    const row = this.patients.get(patientId);
    if (row) row.alertsVersion += 1;
  }
}
