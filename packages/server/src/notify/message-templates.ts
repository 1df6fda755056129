import type { Locale } from '@minimus/core';

/**
 * What a message is about, with the only facts it may carry. None is health data: no pain score, no
 * screen answer, no diagnosis, no exercise; the link leads into the app, where the person signs in.
 * The weekly note carries the count of sessions done and the patient's own PSFS activity names (the
 * nudge CLINICAL 7 asks for), and goes only to a patient who turned it on.
 */
export type MessageContent =
  | { kind: 'reminder' }
  | { kind: 'therapist-alert' }
  | { kind: 'new-message'; from: 'patient' | 'therapist' }
  | { kind: 'therapist-digest'; patientCount: number }
  | { kind: 'weekly-note'; sessionsDone: number; activities: readonly string[] }
  | { kind: 'password-reset' }
  | { kind: 'invitation'; role: 'patient' | 'therapist' };

export type MessageKind = MessageContent['kind'];

export interface MessageContext {
  locale: Locale;
  clinicName: string;
  /** Absolute URL into the app. */
  link: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The Web Push payload the service worker shows. */
  push: { title: string; body: string; url: string };
}

interface Words {
  subject: string;
  lines: string[];
  action: string;
}

type Wording = { [kind in MessageKind]: (content: Extract<MessageContent, { kind: kind }>) => Words };

const WORDING: Record<Locale, Wording> = {
  en: {
    reminder: () => ({
      subject: "Time for today's exercises",
      lines: ["Time for today's exercises. Open the app to start when you are ready."],
      action: 'Open today',
    }),
    'new-message': ({ from }) =>
      from === 'therapist'
        ? {
            subject: 'You have a new message from your therapist',
            lines: ['You have a new message from your therapist. Open the app to read it.'],
            action: 'Open your messages',
          }
        : {
            subject: 'A patient sent you a message',
            lines: ['A patient sent you a message. Sign in to read it.'],
            action: 'Open the patient',
          },
    'therapist-alert': () => ({
      subject: 'A patient needs your attention',
      lines: ['A patient needs your attention. Sign in to see who and why.'],
      action: 'Open the alerts',
    }),
    'therapist-digest': ({ patientCount }) => ({
      subject:
        patientCount === 1
          ? 'A patient needs your attention'
          : `${patientCount} patients need your attention`,
      lines: [
        patientCount === 1
          ? 'Since your last summary, 1 patient has something for you to review.'
          : `Since your last summary, ${patientCount} patients have something for you to review.`,
      ],
      action: 'Open the patient list',
    }),
    'weekly-note': ({ sessionsDone, activities }) => ({
      subject: 'Your week in exercises',
      lines: [
        sessionsDone === 1 ? 'This week you did 1 session.' : `This week you did ${sessionsDone} sessions.`,
        ...(activities.length > 0
          ? [`Each one works towards what you told us matters to you: ${activities.join(', ')}.`]
          : []),
      ],
      action: 'See your progress',
    }),
    'password-reset': () => ({
      subject: 'Choose a new password',
      lines: [
        'Someone asked to reset the password of this account. The link works once, for 30 minutes.',
        'If it was not you, ignore this email: your password stays as it is.',
      ],
      action: 'Choose a new password',
    }),
    invitation: ({ role }) => ({
      subject: 'Your invitation',
      lines: [
        role === 'patient'
          ? 'Your therapist invited you to follow your home exercise program in this app.'
          : 'You were invited to work with patients in this app.',
        'Open the link to set your password. It works once.',
      ],
      action: 'Accept the invitation',
    }),
  },
  es: {
    reminder: () => ({
      subject: 'Es hora de los ejercicios de hoy',
      lines: ['Es hora de los ejercicios de hoy. Abra la aplicación para empezar cuando quiera.'],
      action: 'Abrir hoy',
    }),
    'new-message': ({ from }) =>
      from === 'therapist'
        ? {
            subject: 'Tiene un mensaje nuevo de su fisioterapeuta',
            lines: ['Tiene un mensaje nuevo de su fisioterapeuta. Abra la aplicación para leerlo.'],
            action: 'Abrir sus mensajes',
          }
        : {
            subject: 'Un paciente le ha enviado un mensaje',
            lines: ['Un paciente le ha enviado un mensaje. Inicie sesión para leerlo.'],
            action: 'Abrir el paciente',
          },
    'therapist-alert': () => ({
      subject: 'Un paciente necesita su atención',
      lines: ['Un paciente necesita su atención. Inicie sesión para ver quién y por qué.'],
      action: 'Abrir los avisos',
    }),
    'therapist-digest': ({ patientCount }) => ({
      subject:
        patientCount === 1
          ? 'Un paciente necesita su atención'
          : `${patientCount} pacientes necesitan su atención`,
      lines: [
        patientCount === 1
          ? 'Desde su último resumen, 1 paciente tiene algo para revisar.'
          : `Desde su último resumen, ${patientCount} pacientes tienen algo para revisar.`,
      ],
      action: 'Abrir la lista de pacientes',
    }),
    'weekly-note': ({ sessionsDone, activities }) => ({
      subject: 'Su semana de ejercicios',
      lines: [
        sessionsDone === 1 ? 'Esta semana hizo 1 sesión.' : `Esta semana hizo ${sessionsDone} sesiones.`,
        ...(activities.length > 0
          ? [`Cada una le acerca a lo que nos dijo que le importa: ${activities.join(', ')}.`]
          : []),
      ],
      action: 'Ver su progreso',
    }),
    'password-reset': () => ({
      subject: 'Elija una contraseña nueva',
      lines: [
        'Alguien pidió restablecer la contraseña de esta cuenta. El enlace funciona una vez, durante 30 minutos.',
        'Si no fue usted, ignore este correo: su contraseña no cambia.',
      ],
      action: 'Elegir una contraseña nueva',
    }),
    invitation: ({ role }) => ({
      subject: 'Su invitación',
      lines: [
        role === 'patient'
          ? 'Su fisioterapeuta le invitó a seguir su programa de ejercicios en casa con esta aplicación.'
          : 'Le invitaron a trabajar con pacientes en esta aplicación.',
        'Abra el enlace para elegir su contraseña. Funciona una vez.',
      ],
      action: 'Aceptar la invitación',
    }),
  },
};

function wordsFor(content: MessageContent, locale: Locale): Words {
  const wording = WORDING[locale];
  switch (content.kind) {
    case 'reminder':
      return wording.reminder(content);
    case 'new-message':
      return wording['new-message'](content);
    case 'therapist-alert':
      return wording['therapist-alert'](content);
    case 'therapist-digest':
      return wording['therapist-digest'](content);
    case 'weekly-note':
      return wording['weekly-note'](content);
    case 'password-reset':
      return wording['password-reset'](content);
    case 'invitation':
      return wording.invitation(content);
  }
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A message in the recipient's language, signed with the clinic's name: a plain-text and an HTML
 * part for email, and the title and body of a push notification.
 *
 * @example
 * renderMessage({ kind: 'reminder' }, { locale: 'es', clinicName: 'Fisio Centro', link: 'https://x/today' }).subject;
 * // 'Es hora de los ejercicios de hoy'
 */
export function renderMessage(content: MessageContent, context: MessageContext): RenderedMessage {
  const words = wordsFor(content, context.locale);
  const text = [
    ...words.lines,
    '',
    `${words.action}: ${context.link}`,
    '',
    `— ${context.clinicName}`,
    '',
  ].join('\n');
  const paragraphs = words.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="${context.locale}"><body style="font-family: sans-serif; line-height: 1.5">
${paragraphs}
<p><a href="${escapeHtml(context.link)}">${escapeHtml(words.action)}</a></p>
<p>— ${escapeHtml(context.clinicName)}</p>
</body></html>
`;
  return {
    subject: `${words.subject} · ${context.clinicName}`,
    text,
    html,
    push: { title: words.subject, body: `${words.action} · ${context.clinicName}`, url: context.link },
  };
}
