import { createRoute, z } from '@hono/zod-openapi';
import {
  contactCardInput,
  contactCardView,
  markReadView,
  messageIdParam,
  messageInput,
  messageThreadView,
  messageView,
  patientIdParam,
  receiptInput,
  therapistIdParam,
} from '@minimus/contract';
import type { Dependencies } from '../http/dependencies.js';
import { transaction } from '../repositories/transaction.js';
import { readTherapistCard, saveTherapistCard } from '../services/contact-card-service.js';
import {
  markThread,
  readContactCard,
  readMessagePhoto,
  readThread,
  sendMessage,
} from '../services/message-service.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Messages'];

const threadRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/messages',
  tags,
  summary: "The patient's thread with their clinic's therapists (patient, therapist)",
  description:
    "The caller's app now has the other side's messages: those not yet delivered are marked delivered " +
    '(once; a repeated fetch changes nothing more). Read is marked only by a receipt.',
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(messageThreadView, 'The thread, oldest first'), ...ERRORS },
});

const sendRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/messages',
  tags,
  summary: 'Send a message (patient, therapist); a patient may attach a JPEG photo of at most 5 MB',
  description:
    "A patient's message is checked for words of the safety screen: a match comes back with the guidance " +
    '(`safetyNet`) and raises an urgent therapist alert; the program is not paused.',
  security: SESSION_SECURITY,
  request: { params: patientIdParam, ...jsonBody(messageInput) },
  responses: {
    200: json(messageView, 'A replay: the message stored earlier under this clientId'),
    201: json(messageView, 'Stored'),
    ...ERRORS,
    413: { description: 'The body is larger than a 5 MB photo allows (`payload_too_large`)' },
  },
});

const receiptRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/messages/receipts',
  tags,
  summary: "Mark every message from the other side delivered (the caller's app has it) or read",
  security: SESSION_SECURITY,
  request: { params: patientIdParam, ...jsonBody(receiptInput) },
  responses: { 200: json(markReadView, 'Unread messages left'), ...ERRORS },
});

const photoRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/messages/{messageId}/photo',
  tags,
  summary: "A message's photo, to the people of the conversation only",
  security: SESSION_SECURITY,
  request: { params: messageIdParam },
  responses: {
    200: { description: 'The JPEG', content: { 'image/jpeg': { schema: z.string() } } },
    ...ERRORS,
  },
});

const patientCardRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/contact-card',
  tags,
  summary: 'How the patient reaches their therapist by phone; null until the admin sets it',
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(contactCardView.nullable(), 'The card'), ...ERRORS },
});

const therapistCardRoute = createRoute({
  method: 'get',
  path: '/therapists/{therapistId}/contact-card',
  tags,
  summary: "A therapist's contact card (admin)",
  security: SESSION_SECURITY,
  request: { params: therapistIdParam },
  responses: { 200: json(contactCardView.nullable(), 'The card'), ...ERRORS },
});

const saveCardRoute = createRoute({
  method: 'put',
  path: '/therapists/{therapistId}/contact-card',
  tags,
  summary: "Set a therapist's name, clinic phone and hours as their patients see them (admin)",
  security: SESSION_SECURITY,
  request: { params: therapistIdParam, ...jsonBody(contactCardInput) },
  responses: { 200: json(contactCardView, 'Saved'), ...ERRORS },
});

export const messageRouteDefinitions = [
  threadRoute,
  sendRoute,
  receiptRoute,
  photoRoute,
  patientCardRoute,
  therapistCardRoute,
  saveCardRoute,
];

export function messageRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(threadRoute, async (c) =>
      c.json(await readThread(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(sendRoute, async (c) => {
      const { patientId } = c.req.valid('param');
      const sent = await sendMessage(useCase(c, deps), transaction(deps.db), patientId, c.req.valid('json'));
      return sent.created ? c.json(sent.message, 201) : c.json(sent.message, 200);
    })
    .openapi(receiptRoute, async (c) => {
      const { patientId } = c.req.valid('param');
      return c.json(await markThread(useCase(c, deps), patientId, c.req.valid('json').state), 200);
    })
    .openapi(photoRoute, async (c) => {
      const { patientId, messageId } = c.req.valid('param');
      const photo = await readMessagePhoto(useCase(c, deps), patientId, messageId);
      return c.body(new Uint8Array(photo), 200, {
        'Content-Type': 'image/jpeg',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
    })
    .openapi(patientCardRoute, async (c) =>
      c.json(await readContactCard(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(therapistCardRoute, async (c) =>
      c.json(await readTherapistCard(useCase(c, deps), c.req.valid('param').therapistId), 200),
    )
    .openapi(saveCardRoute, async (c) => {
      const { therapistId } = c.req.valid('param');
      return c.json(await saveTherapistCard(useCase(c, deps), therapistId, c.req.valid('json')), 200);
    });
}
