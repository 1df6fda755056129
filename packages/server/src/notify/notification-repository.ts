import type { Locale } from '@minimus/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { clinic, delivery, notificationPreference, pushSubscription, user } from '../db/schema/index.js';

export type PreferenceRow = typeof notificationPreference.$inferSelect;
export type DeliveryRow = typeof delivery.$inferSelect;

export const DEFAULT_PREFERENCE: Omit<PreferenceRow, 'userId' | 'updatedAt'> = {
  reminderTime: null,
  reminderPromptAnswered: false,
  digestHour: 8,
  timeZone: 'UTC',
  weeklyNote: false,
  emailEnabled: true,
  pushEnabled: true,
};

/** Who a message goes to, as the sender needs it: address, language, clinic, wishes, devices. */
export interface Recipient {
  userId: string;
  email: string;
  locale: Locale;
  active: boolean;
  clinicName: string;
  emailEnabled: boolean;
  pushEnabled: boolean;
}

/** One message on one channel, about to be sent. */
export interface DeliveryClaim {
  key: string;
  kind: string;
  channel: 'email' | 'push';
  userId: string | null;
}

export type DeliveryOutcome = { status: 'sent' } | { status: 'failed'; detail: string };

/** Preferences, push subscriptions and the record of deliveries (kinds and outcomes, never content). */
export function notificationRepository(db: Database) {
  /** The recipients among `userIds` (unknown ids are left out), in one statement. */
  const recipients = async (userIds: readonly string[]): Promise<Recipient[]> => {
    if (userIds.length === 0) return [];
    const rows = await db
      .select({
        userId: user.id,
        email: user.email,
        locale: user.locale,
        active: user.active,
        clinicName: clinic.name,
        emailEnabled: notificationPreference.emailEnabled,
        pushEnabled: notificationPreference.pushEnabled,
      })
      .from(user)
      .innerJoin(clinic, eq(clinic.id, user.clinicId))
      .leftJoin(notificationPreference, eq(notificationPreference.userId, user.id))
      .where(inArray(user.id, [...userIds]));
    return rows.map((row) => ({
      ...row,
      locale: row.locale === 'es' ? 'es' : 'en',
      emailEnabled: row.emailEnabled ?? DEFAULT_PREFERENCE.emailEnabled,
      pushEnabled: row.pushEnabled ?? DEFAULT_PREFERENCE.pushEnabled,
    }));
  };

  /** The push subscriptions of all of `userIds`, in one statement. */
  const subscriptionsOf = async (
    userIds: readonly string[],
  ): Promise<(typeof pushSubscription.$inferSelect)[]> => {
    if (userIds.length === 0) return [];
    return db
      .select()
      .from(pushSubscription)
      .where(inArray(pushSubscription.userId, [...userIds]));
  };

  /**
   * A key given twice in one call is claimed once: the first is answered true or false, the repeats false.
   * A key's row left 'sending' or 'failed' by an earlier attempt is claimed again.
   */
  const claimDeliveries = async (entries: readonly DeliveryClaim[]): Promise<boolean[]> => {
    const unique = [...new Map(entries.map((entry) => [entry.key, entry])).values()];
    if (unique.length === 0) return [];
    const values = sql.join(
      unique.map((entry) => sql`(${entry.key}, ${entry.kind}, ${entry.channel}, ${entry.userId}, 'sending')`),
      sql`, `,
    );
    const result = await db.execute(sql`
      insert into delivery (key, kind, channel, user_id, status) values ${values}
      on conflict (key) do update set status = 'sending', at = now()
        where delivery.status <> 'sent'
      returning key`);
    const claimed = new Set(rowsOf(result).map((row) => String(row.key)));
    const answered = new Set<string>();
    return entries.map((entry) => {
      if (answered.has(entry.key)) return false;
      answered.add(entry.key);
      return claimed.has(entry.key);
    });
  };

  const finishDeliveries = async (
    finished: readonly { key: string; outcome: DeliveryOutcome }[],
  ): Promise<void> => {
    if (finished.length === 0) return;
    const values = sql.join(
      finished.map(
        ({ key, outcome }) =>
          sql`(${key}, ${outcome.status}, ${outcome.status === 'failed' ? outcome.detail : null})`,
      ),
      sql`, `,
    );
    await db.execute(sql`
      update delivery set status = v.status, detail = v.detail, at = now()
      from (values ${values}) as v(key, status, detail)
      where delivery.key = v.key`);
  };

  return {
    recipients,
    subscriptionsOf,

    async recipient(userId: string): Promise<Recipient | null> {
      const [found] = await recipients([userId]);
      return found ?? null;
    },

    async clinicName(clinicId: string): Promise<string | null> {
      const [row] = await db.select({ name: clinic.name }).from(clinic).where(eq(clinic.id, clinicId));
      return row?.name ?? null;
    },

    async preference(userId: string): Promise<PreferenceRow> {
      const [row] = await db
        .select()
        .from(notificationPreference)
        .where(eq(notificationPreference.userId, userId));
      return row ?? { userId, updatedAt: new Date(0), ...DEFAULT_PREFERENCE };
    },

    async savePreference(userId: string, values: Omit<PreferenceRow, 'userId' | 'updatedAt'>) {
      const row = { ...values, userId, updatedAt: new Date() };
      const [saved] = await db
        .insert(notificationPreference)
        .values(row)
        .onConflictDoUpdate({ target: notificationPreference.userId, set: row })
        .returning();
      if (!saved) throw new Error('the preferences were not stored');
      return saved;
    },

    async subscriptions(userId: string): Promise<(typeof pushSubscription.$inferSelect)[]> {
      return subscriptionsOf([userId]);
    },

    /** Stores a browser's subscription; the same endpoint moves to whoever subscribed with it last. */
    async subscribe(userId: string, target: { endpoint: string; p256dh: string; auth: string }) {
      await db
        .insert(pushSubscription)
        .values({ userId, ...target })
        .onConflictDoUpdate({ target: pushSubscription.endpoint, set: { userId, ...target } });
    },

    async unsubscribe(userId: string, endpoint: string): Promise<void> {
      await db
        .delete(pushSubscription)
        .where(and(eq(pushSubscription.userId, userId), eq(pushSubscription.endpoint, endpoint)));
    },

    async forgetSubscription(endpoint: string): Promise<void> {
      await db.delete(pushSubscription).where(eq(pushSubscription.endpoint, endpoint));
    },

    /**
     * Claims the right to send one message on one channel: false when an earlier attempt already sent
     * it (a retried or duplicated job then sends nothing).
     */
    async claimDelivery(entry: DeliveryClaim): Promise<boolean> {
      const [claimed] = await claimDeliveries([entry]);
      return claimed ?? false;
    },

    /** Claims several deliveries in one statement; answers in the order given. */
    claimDeliveries,

    async finishDelivery(key: string, outcome: DeliveryOutcome): Promise<void> {
      await finishDeliveries([{ key, outcome }]);
    },

    /** Records the outcomes of several deliveries in one statement. */
    finishDeliveries,

    /** The latest deliveries for the admin page: kind, channel, outcome and time only. */
    async recentDeliveries(clinicId: string, limit: number): Promise<DeliveryRow[]> {
      const rows = await db
        .select({ delivery })
        .from(delivery)
        .innerJoin(user, eq(user.id, delivery.userId))
        .where(eq(user.clinicId, clinicId))
        .orderBy(desc(delivery.at))
        .limit(limit);
      return rows.map((row) => row.delivery);
    },
  };
}

export type NotificationRepository = ReturnType<typeof notificationRepository>;
