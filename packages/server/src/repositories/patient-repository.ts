import { and, asc, eq, ilike, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { account, patient, user } from '../db/schema/index.js';

export interface PatientRow {
  id: string;
  clinicId: string;
  userId: string;
  therapistId: string;
  name: string;
  email: string;
  timeZone: string;
  createdAt: Date;
  /** Raised by the database whenever the patient's logs, screens, tests or program change. */
  dataVersion: number;
}

const columns = {
  id: patient.id,
  clinicId: patient.clinicId,
  userId: patient.userId,
  therapistId: patient.therapistId,
  name: patient.name,
  email: user.email,
  timeZone: patient.timeZone,
  createdAt: patient.createdAt,
  dataVersion: patient.dataVersion,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function patientRepository(db: Database) {
  return {
    async create(input: Omit<PatientRow, 'id' | 'createdAt' | 'email' | 'dataVersion'>): Promise<string> {
      const [row] = await db.insert(patient).values(input).returning({ id: patient.id });
      if (!row) throw new Error('patient insert returned nothing');
      return row.id;
    },

    async find(id: string): Promise<PatientRow | null> {
      // A malformed id can name no patient; asking PostgreSQL would only raise a cast error.
      if (!UUID.test(id)) return null;
      const [row] = await db
        .select(columns)
        .from(patient)
        .innerJoin(user, eq(user.id, patient.userId))
        .where(eq(patient.id, id));
      return row ?? null;
    },

    async findByUser(userId: string): Promise<PatientRow | null> {
      const [row] = await db
        .select(columns)
        .from(patient)
        .innerJoin(user, eq(user.id, patient.userId))
        .where(eq(patient.userId, userId));
      return row ?? null;
    },

    /** Of these patients, those who have not set a password through their invitation yet. */
    async invitationUnused(patientIds: readonly string[]): Promise<Set<string>> {
      if (patientIds.length === 0) return new Set();
      const rows = await db
        .select({ id: patient.id })
        .from(patient)
        .leftJoin(account, and(eq(account.userId, patient.userId), eq(account.providerId, 'credential')))
        .where(and(inArray(patient.id, [...patientIds]), isNull(account.id)));
      return new Set(rows.map((row) => row.id));
    },

    async listByClinic(clinicId: string, query: string | undefined): Promise<PatientRow[]> {
      const where = query
        ? and(eq(patient.clinicId, clinicId), ilike(patient.name, `%${query.replace(/[%_\\]/g, '\\$&')}%`))
        : eq(patient.clinicId, clinicId);
      return db
        .select(columns)
        .from(patient)
        .innerJoin(user, eq(user.id, patient.userId))
        .where(where)
        .orderBy(asc(patient.name));
    },

    async update(id: string, changes: { name?: string; timeZone?: string }): Promise<void> {
      if (Object.keys(changes).length === 0) return;
      await db.update(patient).set(changes).where(eq(patient.id, id));
      if (changes.name) {
        const [row] = await db.select({ userId: patient.userId }).from(patient).where(eq(patient.id, id));
        if (row) await db.update(user).set({ name: changes.name }).where(eq(user.id, row.userId));
      }
    },
  };
}

export type PatientRepository = ReturnType<typeof patientRepository>;
