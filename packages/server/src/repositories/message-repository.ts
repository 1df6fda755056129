import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { contactCard, message, user } from '../db/schema/index.js';

export type MessageAuthorRole = 'patient' | 'therapist';

/** A message as the thread reads it: its author's name, whether it has a photo, never the photo itself. */
export interface MessageRow {
  id: string;
  patientId: string;
  clientId: string;
  authorId: string;
  authorRole: MessageAuthorRole;
  authorName: string;
  body: string;
  hasPhoto: boolean;
  safetyTier: 'emergency' | 'urgent' | null;
  safetyCodes: string[] | null;
  createdAt: Date;
  deliveredAt: Date | null;
  readAt: Date | null;
}

export interface NewMessage {
  patientId: string;
  clientId: string;
  authorId: string;
  authorRole: MessageAuthorRole;
  body: string;
  photo: Uint8Array | null;
  safetyTier: 'emergency' | 'urgent' | null;
  safetyCodes: string[] | null;
}

export interface ContactCardRow {
  therapistId: string;
  therapistName: string;
  phone: string;
  hours: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const columns = {
  id: message.id,
  patientId: message.patientId,
  clientId: message.clientId,
  authorId: message.authorId,
  authorRole: message.authorRole,
  authorName: user.name,
  body: message.body,
  hasPhoto: sql<boolean>`${message.photo} is not null`,
  safetyTier: message.safetyTier,
  safetyCodes: message.safetyCodes,
  createdAt: message.createdAt,
  deliveredAt: message.deliveredAt,
  readAt: message.readAt,
};

/** Messages written by `authorRole`, i.e. those addressed to the other side. */
const fromSide = (patientId: string, authorRole: MessageAuthorRole) =>
  and(eq(message.patientId, patientId), eq(message.authorRole, authorRole));

export function messageRepository(db: Database) {
  const select = () => db.select(columns).from(message).innerJoin(user, eq(user.id, message.authorId));
  return {
    /** Stores a message once per client id: a replay gives back the row stored first. */
    async insert(input: NewMessage): Promise<{ created: boolean; row: MessageRow }> {
      const [inserted] = await db
        .insert(message)
        .values(input)
        .onConflictDoNothing({ target: [message.patientId, message.clientId] })
        .returning({ id: message.id });
      const [row] = await select().where(
        and(eq(message.patientId, input.patientId), eq(message.clientId, input.clientId)),
      );
      if (!row) throw new Error('message insert returned nothing');
      return { created: inserted !== undefined, row };
    },

    /** The patient's thread, oldest first. */
    thread(patientId: string): Promise<MessageRow[]> {
      return select()
        .where(eq(message.patientId, patientId))
        .orderBy(asc(message.createdAt), asc(message.id));
    },

    /** The other side's app has the messages `authorRole` wrote. */
    async markDelivered(patientId: string, authorRole: MessageAuthorRole): Promise<void> {
      await db
        .update(message)
        .set({ deliveredAt: sql`clock_timestamp()` })
        .where(and(fromSide(patientId, authorRole), isNull(message.deliveredAt)));
    },

    /**
     * A therapist's app has been shown, for each patient listed, that `count` unread messages from them
     * are waiting: the `count` oldest unread are delivered, where they were not yet. One statement.
     */
    async markListedDelivered(listed: readonly { patientId: string; count: number }[]): Promise<void> {
      const counted = listed.filter((entry) => entry.count > 0);
      if (counted.length === 0) return;
      const rows = sql.join(
        counted.map((entry) => sql`(${entry.patientId}::uuid, ${entry.count}::int)`),
        sql`, `,
      );
      await db.execute(sql`
        update message set delivered_at = clock_timestamp()
         where delivered_at is null and id in (
           select oldest.id from (values ${rows}) as listed(patient_id, n)
           cross join lateral (
             select m.id from message m
              where m.patient_id = listed.patient_id and m.author_role = 'patient' and m.read_at is null
              order by m.created_at, m.id
              limit listed.n) as oldest)`);
    },

    /** The other side has read every message `authorRole` wrote. */
    async markRead(patientId: string, authorRole: MessageAuthorRole): Promise<void> {
      await db
        .update(message)
        .set({
          readAt: sql`clock_timestamp()`,
          deliveredAt: sql`coalesce(${message.deliveredAt}, clock_timestamp())`,
        })
        .where(and(fromSide(patientId, authorRole), isNull(message.readAt)));
    },

    async unreadFrom(patientId: string, authorRole: MessageAuthorRole): Promise<number> {
      const [row] = await db
        .select({ total: sql<number>`count(*)::int` })
        .from(message)
        .where(and(fromSide(patientId, authorRole), isNull(message.readAt)));
      return row?.total ?? 0;
    },

    /** Per patient, the messages they wrote that no therapist has read yet. */
    async unreadFromPatients(patientIds: readonly string[]): Promise<Map<string, number>> {
      if (patientIds.length === 0) return new Map();
      const rows = await db
        .select({ patientId: message.patientId, total: sql<number>`count(*)::int` })
        .from(message)
        .where(
          and(
            inArray(message.patientId, [...patientIds]),
            eq(message.authorRole, 'patient'),
            isNull(message.readAt),
          ),
        )
        .groupBy(message.patientId);
      return new Map(rows.map((row) => [row.patientId, row.total]));
    },

    async photo(patientId: string, messageId: string): Promise<Uint8Array | null> {
      if (!UUID.test(messageId)) return null;
      const [row] = await db
        .select({ photo: message.photo })
        .from(message)
        .where(and(eq(message.patientId, patientId), eq(message.id, messageId)));
      return row?.photo ?? null;
    },

    /** Every photo of the patient's thread, by message id, for the FHIR export. */
    async photosOf(patientId: string): Promise<Map<string, Uint8Array>> {
      const rows = await db
        .select({ id: message.id, photo: message.photo })
        .from(message)
        .where(and(eq(message.patientId, patientId), sql`${message.photo} is not null`));
      return new Map(rows.flatMap((row) => (row.photo ? [[row.id, row.photo] as const] : [])));
    },

    async contactCard(therapistId: string): Promise<ContactCardRow | null> {
      const [row] = await db
        .select({
          therapistId: contactCard.therapistId,
          therapistName: contactCard.therapistName,
          phone: contactCard.phone,
          hours: contactCard.hours,
        })
        .from(contactCard)
        .where(eq(contactCard.therapistId, therapistId));
      return row ?? null;
    },

    async saveContactCard(card: ContactCardRow, updatedBy: string): Promise<void> {
      const values = { ...card, updatedBy, updatedAt: new Date() };
      await db
        .insert(contactCard)
        .values(values)
        .onConflictDoUpdate({ target: contactCard.therapistId, set: values });
    },
  };
}

export type MessageRepository = ReturnType<typeof messageRepository>;
