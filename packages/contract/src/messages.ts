import { z } from 'zod';
import { clientId, patientIdParam, text, timestamp } from './common.js';
import { MAX_MESSAGE_CHARACTERS, MAX_MESSAGE_PHOTO_BYTES } from './limits.js';

/** Messages between a patient and their clinic's therapists: one thread per patient. */

export const messageIdParam = patientIdParam.extend({
  messageId: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'messageId', in: 'path' } }),
});

/** Base64 of the JPEG the phone re-encoded; 5 MB of photo is at most this many characters. */
const MAX_PHOTO_BASE64 = Math.ceil(MAX_MESSAGE_PHOTO_BYTES / 3) * 4;

export const messageInput = z
  .strictObject({
    clientId,
    text: z
      .string()
      .trim()
      .max(MAX_MESSAGE_CHARACTERS, `must be at most ${MAX_MESSAGE_CHARACTERS} characters`),
    photo: z
      .string()
      .max(MAX_PHOTO_BASE64, 'must be a photo of at most 5 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
      .optional()
      .meta({ description: 'A JPEG photo (patients only), base64; the server checks its type and size' }),
  })
  .refine((input) => input.text.length > 0 || input.photo !== undefined, {
    message: 'must have text or a photo',
    path: ['text'],
  })
  .meta({ id: 'MessageInput' });

export const messageState = z.enum(['sent', 'delivered', 'read']).meta({
  description:
    "sent: stored; delivered: the other side's app has it (it fetched the thread, or a therapist's list " +
    'counted it as unread); read: the other side had the thread on screen',
});

export const safetyNetView = z
  .object({
    tier: z.enum(['emergency', 'urgent']),
    codes: z.array(z.string()).meta({ description: 'The safety-screen items the words point at' }),
    guidance: text.meta({ description: 'The answer the patient was given at once' }),
  })
  .meta({ id: 'MessageSafetyNet' });

export const messageView = z
  .object({
    id: z.string(),
    clientId: z.string(),
    author: z.enum(['patient', 'therapist']),
    authorName: z.string(),
    text: z.string(),
    hasPhoto: z.boolean(),
    sentAt: timestamp,
    deliveredAt: timestamp.nullable(),
    readAt: timestamp.nullable(),
    state: messageState,
    safetyNet: safetyNetView.nullable(),
  })
  .meta({ id: 'Message' });

export const contactCardView = z
  .object({
    therapistName: z.string(),
    phone: z.string(),
    hours: z.string(),
  })
  .meta({ id: 'ContactCard' });

export const contactCardInput = z
  .strictObject({
    therapistName: z.string().trim().min(1).max(120),
    phone: z
      .string()
      .trim()
      .min(3)
      .max(40)
      .regex(/^[0-9+()\-. ]+$/, 'must be a phone number (digits, spaces, + ( ) - .)'),
    hours: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'ContactCardInput' });

export const messageThreadView = z
  .object({
    messages: z.array(messageView).meta({ description: 'Oldest first, so the newest is at the bottom' }),
    unread: z.number().int().min(0).meta({ description: 'Messages to the caller not yet read' }),
    contact: contactCardView.nullable(),
  })
  .meta({ id: 'MessageThread' });

export const receiptInput = z
  .strictObject({
    state: z.enum(['delivered', 'read']).meta({
      description:
        "delivered: the caller's app has the other side's messages; read: the caller has read them",
    }),
  })
  .meta({ id: 'MessageReceipt' });

export const markReadView = z.object({ unread: z.number().int().min(0) }).meta({ id: 'MessagesRead' });

export type MessageInput = z.infer<typeof messageInput>;
export type MessageView = z.infer<typeof messageView>;
export type MessageThreadView = z.infer<typeof messageThreadView>;
export type ContactCardView = z.infer<typeof contactCardView>;
export type ContactCardInput = z.infer<typeof contactCardInput>;
export type ReceiptInput = z.infer<typeof receiptInput>;
export type SafetyNetView = z.infer<typeof safetyNetView>;
