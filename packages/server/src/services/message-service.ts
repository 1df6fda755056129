import type { ContactCardView, MessageInput, MessageThreadView, MessageView } from '@minimus/contract';
import { checkMessageSafetyNet, messageSafetyNetAlert, SAFETY_NET_GUIDANCE } from '@minimus/core';
import type { Actor } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import { newMessageNotice } from '../notify/therapist-messages.js';
import type { MessageAuthorRole, MessageRow } from '../repositories/message-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { Repositories } from '../repositories/repositories.js';
import { refreshAttention } from './attention-snapshot.js';
import { messagePhoto } from './message-photo.js';
import { withPatient } from './patient-access.js';
import { todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

type Transaction = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

/** Only the patient and their clinic's therapists read or write a thread (not the admin). */
const THREAD_ROLES = ['patient', 'therapist'] as const;

const sideOf = (actor: Actor): MessageAuthorRole => (actor.role === 'patient' ? 'patient' : 'therapist');
const otherSide = (side: MessageAuthorRole): MessageAuthorRole =>
  side === 'patient' ? 'therapist' : 'patient';

export function presentMessage(row: MessageRow): MessageView {
  return {
    id: row.id,
    clientId: row.clientId,
    author: row.authorRole,
    authorName: row.authorName,
    text: row.body,
    hasPhoto: row.hasPhoto,
    sentAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    readAt: row.readAt?.toISOString() ?? null,
    state: row.readAt ? 'read' : row.deliveredAt ? 'delivered' : 'sent',
    safetyNet: row.safetyTier
      ? { tier: row.safetyTier, codes: row.safetyCodes ?? [], guidance: SAFETY_NET_GUIDANCE[row.safetyTier] }
      : null,
  };
}

async function contactOf(repos: Repositories, patient: PatientRow): Promise<ContactCardView | null> {
  const card = await repos.messages.contactCard(patient.therapistId);
  return card ? { therapistName: card.therapistName, phone: card.phone, hours: card.hours } : null;
}

/**
 * The thread, oldest first, with the count of the other side's messages the caller has not read. The
 * caller's app now has every message the other side wrote: those are delivered (set once, so a retried
 * or repeated read changes nothing more). Read stays the app's explicit receipt: a fetch by an app
 * checking in the background is not a reading.
 */
export function readThread(context: UseCaseContext, patientId: string): Promise<MessageThreadView> {
  return withPatient(
    context,
    patientId,
    'messages.read',
    THREAD_ROLES,
    async (patient) => {
      const other = otherSide(sideOf(context.actor));
      await context.repos.messages.markDelivered(patient.id, other);
      const [rows, unread, contact] = await Promise.all([
        context.repos.messages.thread(patient.id),
        context.repos.messages.unreadFrom(patient.id, other),
        contactOf(context.repos, patient),
      ]);
      return { messages: rows.map(presentMessage), unread, contact };
    },
    // The patient's app checks the thread every two minutes while open: the same thread read again is
    // one audited access; a thread with a new message in it is another.
    { repeatedRead: (thread) => `${thread.messages.length}:${thread.messages.at(-1)?.id ?? ''}` },
  );
}

/** The caller's app has (delivered) or the caller has read every message the other side wrote. */
export function markThread(
  context: UseCaseContext,
  patientId: string,
  state: 'delivered' | 'read',
): Promise<{ unread: number }> {
  return withPatient(context, patientId, `messages.mark-${state}`, THREAD_ROLES, async (patient) => {
    const other = otherSide(sideOf(context.actor));
    if (state === 'delivered') await context.repos.messages.markDelivered(patient.id, other);
    else {
      await context.repos.messages.markRead(patient.id, other);
      if (other === 'patient') await refreshAttention(context.repos, patient.id);
    }
    return { unread: await context.repos.messages.unreadFrom(patient.id, other) };
  });
}

/**
 * Stores a message once per client id. A patient's message is checked by the safety net: a warning sign
 * is answered at once (the guidance comes back with the message) and raises an urgent therapist alert in
 * the same transaction, whose notification the database queues with it. Otherwise the other side is
 * told there is a new message, without its words.
 */
export function sendMessage(
  context: UseCaseContext,
  transaction: Transaction,
  patientId: string,
  input: MessageInput,
  now = new Date(),
): Promise<{ created: boolean; message: MessageView }> {
  return withPatient(context, patientId, 'message.send', THREAD_ROLES, async (patient) => {
    const side = sideOf(context.actor);
    if (input.photo !== undefined && side !== 'patient') {
      throw new AppError('validation_failed', undefined, [
        { path: 'photo', message: 'only a patient attaches photos' },
      ]);
    }
    const photo = input.photo === undefined ? null : messagePhoto(input.photo);
    const safety = side === 'patient' ? checkMessageSafetyNet(input.text) : null;
    const warning = safety?.kind === 'warning-sign' ? safety : null;
    const stored = await transaction(async (repos) => {
      const result = await repos.messages.insert({
        patientId: patient.id,
        clientId: input.clientId,
        authorId: context.actor.userId,
        authorRole: side,
        body: input.text,
        photo,
        safetyTier: warning?.tier ?? null,
        safetyCodes: warning ? warning.matches.map((match) => match.code) : null,
      });
      if (result.created && warning) {
        const date = todayIn(patient.timeZone, now);
        await repos.alerts.upsert(patient.id, [messageSafetyNetAlert(warning, result.row.id, date)]);
      }
      return result;
    });
    if (stored.created && side === 'patient') await refreshAttention(context.repos, patient.id, now);
    // Queued again on a replay: the delivery rows are keyed by the message, so it goes out once.
    if (!stored.row.safetyTier) await notifyOtherSide(context, patient, stored.row);
    return { created: stored.created, message: presentMessage(stored.row) };
  });
}

async function notifyOtherSide(context: UseCaseContext, patient: PatientRow, row: MessageRow) {
  const to = row.authorRole === 'patient' ? patient.therapistId : patient.userId;
  await context.mailbox?.queueMessage(newMessageNotice(row.id, row.authorRole, { userId: to }, patient.id));
}

/** A message's photo, for the people of the conversation only. */
export function readMessagePhoto(context: UseCaseContext, patientId: string, messageId: string) {
  return withPatient(context, patientId, 'message-photo.read', THREAD_ROLES, async (patient) => {
    const photo = await context.repos.messages.photo(patient.id, messageId);
    if (!photo) throw new AppError('not_found', 'No such photo');
    return photo;
  });
}

/** How the patient reaches their therapist by phone, for the red-flag and paused pages and Settings. */
export function readContactCard(context: UseCaseContext, patientId: string) {
  return withPatient(context, patientId, 'contact-card.read', ['patient', 'therapist', 'admin'], (patient) =>
    contactOf(context.repos, patient),
  );
}
