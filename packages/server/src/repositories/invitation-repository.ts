import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { calendarFeed, invitation } from '../db/schema/index.js';

export type InvitationRow = typeof invitation.$inferSelect;

/** Invitation links and calendar-feed secrets: both stored only as SHA-256 hashes. */
export function invitationRepository(db: Database) {
  return {
    async create(row: typeof invitation.$inferInsert): Promise<void> {
      await db.insert(invitation).values(row);
    },

    async findByHash(tokenHash: string): Promise<InvitationRow | null> {
      const [row] = await db.select().from(invitation).where(eq(invitation.tokenHash, tokenHash));
      return row ?? null;
    },

    /** Marks an unused, unexpired invitation used; exactly one caller wins a race for the same link. */
    async consume(tokenHash: string, now: Date): Promise<InvitationRow | null> {
      const [row] = await db
        .update(invitation)
        .set({ usedAt: now })
        .where(
          and(eq(invitation.tokenHash, tokenHash), isNull(invitation.usedAt), gt(invitation.expiresAt, now)),
        )
        .returning();
      return row ?? null;
    },

    async setCalendarFeed(patientId: string, secretHash: string): Promise<void> {
      await db
        .insert(calendarFeed)
        .values({ patientId, secretHash })
        .onConflictDoUpdate({ target: calendarFeed.patientId, set: { secretHash, createdAt: new Date() } });
    },

    /** When the patient's current feed secret was made, or null when there is none. */
    async calendarFeedCreatedAt(patientId: string): Promise<Date | null> {
      const [row] = await db
        .select({ createdAt: calendarFeed.createdAt })
        .from(calendarFeed)
        .where(eq(calendarFeed.patientId, patientId));
      return row?.createdAt ?? null;
    },

    async revokeCalendarFeed(patientId: string): Promise<void> {
      await db.delete(calendarFeed).where(eq(calendarFeed.patientId, patientId));
    },

    async findCalendarFeed(secretHash: string): Promise<string | null> {
      const [row] = await db
        .select({ patientId: calendarFeed.patientId })
        .from(calendarFeed)
        .where(eq(calendarFeed.secretHash, secretHash));
      return row?.patientId ?? null;
    },
  };
}

export type InvitationRepository = ReturnType<typeof invitationRepository>;
