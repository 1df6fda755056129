import { randomUUID } from 'node:crypto';
import type {
  ContactCardRow,
  MessageAuthorRole,
  MessageRepository,
  MessageRow,
} from '../../src/repositories/message-repository.js';
import type { FakeStore } from './fake-store.js';

type StoredMessage = Omit<MessageRow, 'authorName' | 'hasPhoto'> & { photo: Uint8Array | null };

/** Messages in memory, stored once per patient and client id like the table's unique key. */
export function fakeMessages(store: FakeStore): MessageRepository {
  const rows: StoredMessage[] = [];
  const cards = new Map<string, ContactCardRow>();
  const present = ({ photo, ...row }: StoredMessage): MessageRow => ({
    ...row,
    authorName: store.users.get(row.authorId)?.name ?? '',
    hasPhoto: photo !== null,
  });
  const side = (patientId: string, role: MessageAuthorRole) =>
    rows.filter((row) => row.patientId === patientId && row.authorRole === role);
  return {
    async insert(input) {
      const stored = rows.find((row) => row.patientId === input.patientId && row.clientId === input.clientId);
      if (stored) return { created: false, row: present(stored) };
      const row = { ...input, id: randomUUID(), createdAt: new Date(), deliveredAt: null, readAt: null };
      rows.push(row);
      return { created: true, row: present(row) };
    },
    async thread(patientId) {
      return rows.filter((row) => row.patientId === patientId).map(present);
    },
    async markDelivered(patientId, role) {
      for (const row of side(patientId, role)) row.deliveredAt ??= new Date();
    },
    async markListedDelivered(listed) {
      for (const { patientId, count } of listed) {
        const unread = side(patientId, 'patient').filter((row) => row.readAt === null);
        for (const row of unread.slice(0, Math.max(count, 0))) row.deliveredAt ??= new Date();
      }
    },
    async markRead(patientId, role) {
      for (const row of side(patientId, role)) {
        row.deliveredAt ??= new Date();
        row.readAt ??= new Date();
      }
    },
    async unreadFrom(patientId, role) {
      return side(patientId, role).filter((row) => row.readAt === null).length;
    },
    async unreadFromPatients(patientIds) {
      const counts = new Map<string, number>();
      for (const id of patientIds) {
        const unread = side(id, 'patient').filter((row) => row.readAt === null).length;
        if (unread > 0) counts.set(id, unread);
      }
      return counts;
    },
    async photo(patientId, messageId) {
      return rows.find((row) => row.patientId === patientId && row.id === messageId)?.photo ?? null;
    },
    async photosOf(patientId) {
      return new Map(
        rows.flatMap((row) =>
          row.patientId === patientId && row.photo ? [[row.id, row.photo] as const] : [],
        ),
      );
    },
    async contactCard(therapistId) {
      return cards.get(therapistId) ?? null;
    },
    async saveContactCard(card) {
      cards.set(card.therapistId, { ...card });
    },
  };
}
