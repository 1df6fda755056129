import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { account, clinic, session, user } from '../db/schema/index.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  clinicId: string;
  locale?: string;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  clinicId: string;
  active: boolean;
  locale: string;
}

/** Users, their password credentials and clinics: the rows better-auth reads when someone signs in. */
/** The advisory lock key first-run setup holds (any fixed number no other lock uses). */
const FIRST_RUN_LOCK = 4_271_001;

export function accountRepository(db: Database) {
  return {
    async createClinic(name: string): Promise<{ id: string; name: string }> {
      const [row] = await db.insert(clinic).values({ id: randomUUID(), name }).returning();
      if (!row) throw new Error('clinic insert returned nothing');
      return { id: row.id, name: row.name };
    },

    async findClinic(id: string): Promise<{ id: string; name: string } | null> {
      const [row] = await db
        .select({ id: clinic.id, name: clinic.name })
        .from(clinic)
        .where(eq(clinic.id, id));
      return row ?? null;
    },

    async clinicIds(): Promise<string[]> {
      const rows = await db.select({ id: clinic.id }).from(clinic);
      return rows.map((row) => row.id);
    },

    async findClinicByName(name: string): Promise<{ id: string; name: string } | null> {
      const [row] = await db
        .select({ id: clinic.id, name: clinic.name })
        .from(clinic)
        .where(eq(clinic.name, name));
      return row ?? null;
    },

    async createUser(input: NewUser): Promise<UserRow> {
      const [row] = await db
        .insert(user)
        .values({
          id: randomUUID(),
          email: input.email.trim().toLowerCase(),
          name: input.name,
          role: input.role,
          clinicId: input.clinicId,
          locale: input.locale ?? 'en',
        })
        .onConflictDoNothing({ target: user.email })
        .returning();
      if (!row) throw new EmailTakenError(input.email);
      return row;
    },

    async findUser(id: string): Promise<UserRow | null> {
      const [row] = await db.select().from(user).where(eq(user.id, id));
      return row ?? null;
    },

    async findUserByEmail(email: string): Promise<UserRow | null> {
      const [row] = await db.select().from(user).where(eq(user.email, email.trim().toLowerCase()));
      return row ?? null;
    },

    /** Of these accounts, those that have never set a password (an invitation not used yet). */
    async withoutPassword(userIds: readonly string[]): Promise<Set<string>> {
      if (userIds.length === 0) return new Set();
      const rows = await db
        .select({ id: user.id })
        .from(user)
        .leftJoin(account, and(eq(account.userId, user.id), eq(account.providerId, 'credential')))
        .where(and(inArray(user.id, [...userIds]), isNull(account.id)));
      return new Set(rows.map((row) => row.id));
    },

    /** Sets (or replaces) the password credential better-auth checks at sign-in. */
    async setPassword(userId: string, passwordHash: string): Promise<void> {
      const existing = await db
        .select({ id: account.id })
        .from(account)
        .where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
      if (existing[0]) {
        await db
          .update(account)
          .set({ password: passwordHash, updatedAt: new Date() })
          .where(eq(account.id, existing[0].id));
        return;
      }
      await db.insert(account).values({
        id: randomUUID(),
        accountId: userId,
        providerId: 'credential',
        userId,
        password: passwordHash,
      });
    },

    async setActive(userId: string, active: boolean): Promise<void> {
      await db.update(user).set({ active, updatedAt: new Date() }).where(eq(user.id, userId));
      if (!active) await db.delete(session).where(eq(session.userId, userId));
    },

    async setLocale(userId: string, locale: string): Promise<void> {
      await db.update(user).set({ locale, updatedAt: new Date() }).where(eq(user.id, userId));
    },

    async listStaff(clinicId: string, role: Role): Promise<UserRow[]> {
      return db
        .select()
        .from(user)
        .where(and(eq(user.clinicId, clinicId), eq(user.role, role)))
        .orderBy(asc(user.name));
    },

    /**
     * Within a transaction, waits for any other first-run setup to finish: two browsers creating the
     * first clinic at once make one clinic, and the second is told the installation is set up.
     */
    async holdFirstRunLock(): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${FIRST_RUN_LOCK})`);
    },

    async countUsers(): Promise<number> {
      const rows = await db.select({ id: user.id }).from(user).limit(1);
      return rows.length;
    },
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} exists already`);
    this.name = 'EmailTakenError';
  }
}
