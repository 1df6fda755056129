import type { Alert } from '@minimus/core';
import { sql } from 'drizzle-orm';
import { type Database, type OpenDatabase, sqlLiteral } from '../db/database.js';
import { groupCommit, type Waiting } from '../db/group-commit.js';
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

/** One device write as `record_device_write` takes it. */
export interface DeviceWriteCall {
  table: DeviceTable;
  patientId: string;
  expectedDataVersion: number;
  /** The record in camel case, with its id and client id. */
  record: DeviceRecord;
  alerts: readonly Alert[];
  audit: Omit<AuditEntry, 'patientId' | 'outcome'>;
}

export interface DeviceWriteRepositoryShape {
  record(write: DeviceWriteCall): Promise<DeviceWriteOutcome>;
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

/**
 * Device writes with group commit, for the embedded database (migration 0017, ADR 0008): the writes that
 * arrive while a call is on its way go together in the next call, `record_device_writes`, one
 * transaction in which each write is `record_device_write` in its own subtransaction. On PGlite a call
 * and its commit cost more than a write's own statements, and calls run one at a time anyway, so
 * this spends them once per batch instead of once per write. Each caller settles with its own answer
 * once the batch is committed; a write the database refuses fails alone. If the call itself fails, its
 * writes are sent again one by one through `single`, so one bad write cannot lose the others.
 *
 * @example
 * const deviceWrites = batchedDeviceWrites(database, deviceWriteRepository(database.db));
 */
export function batchedDeviceWrites(
  database: Pick<OpenDatabase, 'executeSql'>,
  single: DeviceWriteRepositoryShape,
): DeviceWriteRepositoryShape {
  async function send(batch: Waiting<DeviceWriteCall, DeviceWriteOutcome>[]): Promise<void> {
    const calls = batch.map(({ item: write }) => ({
      table: write.table,
      patientId: write.patientId,
      expectedDataVersion: write.expectedDataVersion,
      record: renamed(write.record, snake),
      alerts: JSON.parse(alertsJson(write.alerts)) as unknown,
      audit: write.audit,
    }));
    let answers: unknown[];
    try {
      const result = await database.executeSql(
        `select record_device_writes(${sqlLiteral(JSON.stringify(calls))}::jsonb) as answers`,
      );
      const value = result.rows[0]?.answers;
      answers = (typeof value === 'string' ? JSON.parse(value) : value) as unknown[];
      if (!Array.isArray(answers) || answers.length !== batch.length)
        throw new Error('record_device_writes gave no answer for every write');
    } catch {
      for (const call of batch) await single.record(call.item).then(call.done, call.failed);
      return;
    }
    batch.forEach((call, index) => {
      const answer = answers[index] as { outcome?: string; message?: string };
      if (answer.outcome === 'failed')
        call.failed(new Error(`record_device_write failed: ${answer.message}`));
      else {
        try {
          call.done(outcomeOf(answer));
        } catch (error) {
          call.failed(error);
        }
      }
    });
  }

  // A lone write waits for no one; those that arrive while it is on its way go in the next call.
  return { record: groupCommit(send, { waitForTurn: false }) };
}
