import type { Role } from '../../src/auth/actor.js';
import {
  type AccountRepository,
  EmailTakenError,
  type NewUser,
  type UserRow,
} from '../../src/repositories/account-repository.js';
import type { AuditRepository } from '../../src/repositories/audit-repository.js';
import type { InvitationRepository } from '../../src/repositories/invitation-repository.js';
import type { FakeStore } from './fake-store.js';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Accounts and clinics in memory: emails are unique once trimmed and lower-cased, as in SQL. */
export function fakeAccounts(store: FakeStore): AccountRepository {
  const findClinic = async (id: string) => store.clinics.get(id) ?? null;
  const userByEmail = (email: string) =>
    [...store.users.values()].find((user) => user.email === email.trim().toLowerCase()) ?? null;
  return {
    async createClinic(name: string) {
      const clinic = { id: store.newId(), name };
      store.clinics.set(clinic.id, clinic);
      return { ...clinic };
    },
    findClinic,
    async clinicIds() {
      return [...store.clinics.keys()];
    },
    async findClinicByName(name: string) {
      return [...store.clinics.values()].find((clinic) => clinic.name === name) ?? null;
    },
    async createUser(input: NewUser): Promise<UserRow> {
      if (userByEmail(input.email)) throw new EmailTakenError(input.email);
      const user: UserRow = {
        id: store.newId(),
        email: input.email.trim().toLowerCase(),
        name: input.name,
        role: input.role,
        clinicId: input.clinicId,
        active: true,
        locale: input.locale ?? 'en',
      };
      store.users.set(user.id, user);
      return { ...user };
    },
    async findUser(id: string) {
      const user = store.users.get(id);
      return user ? { ...user } : null;
    },
    async findUserByEmail(email: string) {
      const user = userByEmail(email);
      return user ? { ...user } : null;
    },
    async withoutPassword(userIds: readonly string[]) {
      return new Set(userIds.filter((id) => store.users.has(id) && !store.passwordHashes.has(id)));
    },
    async setPassword(userId: string, passwordHash: string) {
      store.passwordHashes.set(userId, passwordHash);
    },
    async setActive(userId: string, active: boolean) {
      const user = store.users.get(userId);
      if (user) user.active = active;
    },
    async setLocale(userId: string, locale: string) {
      const user = store.users.get(userId);
      if (user) user.locale = locale;
    },
    async listStaff(clinicId: string, role: Role) {
      return [...store.users.values()]
        .filter((user) => user.clinicId === clinicId && user.role === role)
        .sort(byName)
        .map((user) => ({ ...user }));
    },
    async countUsers() {
      return Math.min(store.users.size, 1);
    },
    /** The fakes run one use case at a time: there is no other setup to wait for. */
    async holdFirstRunLock() {},
  };
}

/** Invitation links and calendar-feed secrets in memory, found by their hashes only. */
export function fakeInvitations(store: FakeStore): InvitationRepository {
  return {
    async create(row) {
      store.invitations.push({
        id: row.id ?? store.newId(),
        tokenHash: row.tokenHash,
        userId: row.userId,
        clinicId: row.clinicId,
        createdBy: row.createdBy,
        expiresAt: row.expiresAt,
        usedAt: row.usedAt ?? null,
        createdAt: row.createdAt ?? store.stamp(),
      });
    },
    async findByHash(tokenHash: string) {
      const found = store.invitations.find((row) => row.tokenHash === tokenHash);
      return found ? { ...found } : null;
    },
    async consume(tokenHash: string, now: Date) {
      const found = store.invitations.find(
        (row) => row.tokenHash === tokenHash && row.usedAt === null && row.expiresAt > now,
      );
      if (!found) return null;
      found.usedAt = now;
      return { ...found };
    },
    async setCalendarFeed(patientId: string, secretHash: string) {
      store.calendarFeeds.set(patientId, { secretHash, createdAt: store.stamp() });
    },
    async calendarFeedCreatedAt(patientId: string) {
      return store.calendarFeeds.get(patientId)?.createdAt ?? null;
    },
    async revokeCalendarFeed(patientId: string) {
      store.calendarFeeds.delete(patientId);
    },
    async findCalendarFeed(secretHash: string) {
      for (const [patientId, feed] of store.calendarFeeds)
        if (feed.secretHash === secretHash) return patientId;
      return null;
    },
  };
}

/** The audit trail in memory: rows are only ever appended. */
export function fakeAudit(store: FakeStore): AuditRepository {
  return {
    async record(entry) {
      store.audit.push({ id: store.newId(), at: store.stamp(), ...entry });
    },
    async list(filter) {
      return store.audit
        .filter(
          (row) =>
            row.clinicId === filter.clinicId &&
            (!filter.actorId || row.actorId === filter.actorId) &&
            (!filter.patientId || row.patientId === filter.patientId) &&
            (!filter.from || row.at >= filter.from) &&
            (!filter.to || row.at < filter.to),
        )
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .slice(0, filter.limit)
        .map((row) => ({
          ...row,
          actorName: row.actorId ? (store.users.get(row.actorId)?.name ?? null) : null,
        }));
    },
  };
}
