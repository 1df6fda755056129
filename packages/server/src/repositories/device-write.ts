import type { Alert } from '@minimus/core';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { alertsJson } from './alert-repository.js';
import type { AuditEntry } from './audit-repository.js';

/** The tables a patient's device writes to. */
export type DeviceTable = 'session_log' | 'check_in' | 'screen' | 'psfs_entry';

/** A stored record as the API presents it: the table's columns in camel case, without patient and time. */
export type DeviceRecord = Record<string, unknown>;

export type DeviceWriteOutcome =
  | { outcome: 'created'; dataVersion: number }
  | { outcome: 'stale'; dataVersion: number }
  | { outcome: 'replayed'; record: DeviceRecord };

const snake = (key: string) =>
  key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replace(/[0-9]+/g, (digits) => `_${digits}`);
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** Renames an object's own keys (not those of the values inside it). */
function renamed(record: DeviceRecord, rename: (key: string) => string): DeviceRecord {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]));
}

function outcomeOf(value: unknown): DeviceWriteOutcome {
  const answer = (typeof value === 'string' ? JSON.parse(value) : value) as {
    outcome?: string;
    version?: number | string;
    record?: DeviceRecord;
  };
  if (answer.outcome === 'replayed' && answer.record)
    return { outcome: 'replayed', record: renamed(answer.record, camel) };
  if (answer.outcome === 'created' || answer.outcome === 'stale')
    return { outcome: answer.outcome, dataVersion: Number(answer.version) };
  throw new Error(`record_device_write answered ${JSON.stringify(answer)}`);
}

export interface DeviceWriteRepositoryShape {
  record(write: {
    table: DeviceTable;
    patientId: string;
    expectedDataVersion: number;
    /** The record in camel case, with its id and client id. */
    record: DeviceRecord;
    alerts: readonly Alert[];
    audit: Omit<AuditEntry, 'patientId' | 'outcome'>;
  }): Promise<DeviceWriteOutcome>;
}

/**
 * Stores a device's record in one call to `record_device_write` (migration 0007, ADR 0008): only if the
 * patient's data version is still the one the caller planned from, with the alerts of the plan that
 * includes the record and the audit row, under the patient's row lock.
 */
export function deviceWriteRepository(db: Database): DeviceWriteRepositoryShape {
  return {
    async record(write) {
      const result = await db.execute(sql`select record_device_write(
        ${write.table}, ${write.patientId}, ${write.expectedDataVersion},
        ${JSON.stringify(renamed(write.record, snake))}::jsonb, ${alertsJson(write.alerts)}::jsonb,
        ${JSON.stringify(write.audit)}::jsonb) as answer`);
      return outcomeOf(rowsOf(result)[0]?.answer);
    },
  };
}
