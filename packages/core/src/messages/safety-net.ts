import type { IsoDate } from '../calendar/calendar.js';
import type { Alert } from '../engine/plan.js';
import type { RedFlagUrgency } from '../protocol/protocol.js';
import type { Text } from '../protocol/types.js';
import { SAFETY_NET_ITEMS, type SafetyNetItem } from './safety-net-words.js';

export interface SafetyNetMatch {
  /** The safety-screen item the words point at, e.g. "A5". */
  code: string;
  tier: RedFlagUrgency;
  /** The words of the message that matched, as listed in `SAFETY_NET_ITEMS`. */
  words: string;
}

export type SafetyNetResult =
  | { kind: 'clear' }
  | { kind: 'warning-sign'; tier: RedFlagUrgency; matches: readonly SafetyNetMatch[]; guidance: Text };

const SAFETY_NET_ADVICE: Readonly<Record<RedFlagUrgency, Text>> = {
  emergency: {
    en: 'Your message mentions something that can be a warning sign. If it is happening now, go to an emergency department or call your local emergency number; do not wait for a reply.',
    es: 'Su mensaje menciona algo que puede ser una señal de alarma. Si le está pasando ahora, vaya a un servicio de urgencias o llame a su número local de emergencias; no espere una respuesta.',
  },
  urgent: {
    en: 'Your message mentions something that can be a warning sign. If it is new or getting worse, see a doctor within the next 24 to 48 hours (today if a calf or thigh is swollen, warm and painful); do not wait for a reply.',
    es: 'Su mensaje menciona algo que puede ser una señal de alarma. Si es nuevo o va a peor, vaya al médico en las próximas 24 a 48 horas (hoy mismo si tiene una pantorrilla o un muslo hinchado, caliente y doloroso); no espere una respuesta.',
  },
};
const NOT_MONITORED: Text = {
  en: 'Messages are not read around the clock.',
  es: 'Los mensajes no se leen a todas horas.',
};
const ALERTED: Text = {
  en: 'Your therapist has been alerted to this message.',
  es: 'Se ha avisado a su fisioterapeuta de este mensaje.',
};
const NOT_SENT_YET: Text = {
  en: 'This message is still on your phone: your therapist will be alerted when it is sent.',
  es: 'Este mensaje sigue en su teléfono: se avisará a su fisioterapeuta cuando se envíe.',
};

function joined(...parts: readonly Text[]): Text {
  return {
    en: parts.map((part) => part.en).join(' '),
    es: parts.map((part) => part.es).join(' '),
  };
}

/**
 * The answer a patient gets at once when a message contains words of the safety screen. It never says the
 * program is paused (the screen decides that) and it says that messages are not read around the clock.
 */
export const SAFETY_NET_GUIDANCE: Readonly<Record<RedFlagUrgency, Text>> = {
  emergency: joined(SAFETY_NET_ADVICE.emergency, NOT_MONITORED, ALERTED),
  urgent: joined(SAFETY_NET_ADVICE.urgent, NOT_MONITORED, ALERTED),
};

/** The same answer while the message waits on the phone to be sent: no one can have been alerted yet. */
export const SAFETY_NET_GUIDANCE_UNSENT: Readonly<Record<RedFlagUrgency, Text>> = {
  emergency: joined(SAFETY_NET_ADVICE.emergency, NOT_MONITORED, NOT_SENT_YET),
  urgent: joined(SAFETY_NET_ADVICE.urgent, NOT_MONITORED, NOT_SENT_YET),
};

/** Lower case, accents and apostrophes dropped, everything but letters and digits a word break. */
export function messageWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function containsPhrase(words: readonly string[], phrase: string): boolean {
  const pattern = phrase.split(' ');
  for (let start = 0; start + pattern.length <= words.length; start += 1) {
    if (pattern.every((part, offset) => wordMatches(part, words[start + offset] ?? ''))) return true;
  }
  return false;
}

function itemMatch(words: readonly string[], item: SafetyNetItem): SafetyNetMatch | null {
  const found = item.alternatives.find((phrases) => phrases.every((phrase) => containsPhrase(words, phrase)));
  return found ? { code: item.code, tier: item.tier, words: found.join(' + ') } : null;
}

/**
 * Checks a patient's message for words of the safety screen (tiers A and B, CLINICAL 4a). A safety net,
 * not a diagnosis: it prefers a needless warning to a missed one, so "no chest pain" still matches.
 *
 * @example
 * checkMessageSafetyNet('Me duele el pecho desde ayer').kind; // 'warning-sign'
 */
export function checkMessageSafetyNet(text: string): SafetyNetResult {
  const words = messageWords(text);
  const matches = SAFETY_NET_ITEMS.map((item) => itemMatch(words, item)).filter(
    (match): match is SafetyNetMatch => match !== null,
  );
  if (matches.length === 0) return { kind: 'clear' };
  const tier: RedFlagUrgency = matches.some((match) => match.tier === 'emergency') ? 'emergency' : 'urgent';
  return { kind: 'warning-sign', tier, matches, guidance: SAFETY_NET_GUIDANCE[tier] };
}

const TIER_WORDS: Readonly<Record<RedFlagUrgency, Text>> = {
  emergency: {
    en: 'to go to an emergency department or call the emergency number if it is happening now',
    es: 'que acuda a urgencias o llame al número de emergencias si le está pasando ahora',
  },
  urgent: {
    en: 'to see a doctor within 24 to 48 hours if it is new or getting worse',
    es: 'que vaya al médico en 24 a 48 horas si es nuevo o va a peor',
  },
};

/**
 * The urgent therapist alert a warning sign in a patient's message raises: filed once per message, on the
 * date the patient wrote it. It never pauses the program (only the safety screen does that).
 */
export function messageSafetyNetAlert(
  result: Extract<SafetyNetResult, { kind: 'warning-sign' }>,
  messageId: string,
  date: IsoDate,
): Alert {
  const found = result.matches.map((match) => `${match.code} "${match.words}"`).join(', ');
  const told = TIER_WORDS[result.tier];
  return {
    key: `message:${messageId}`,
    kind: 'message-warning-sign',
    severity: result.tier,
    date,
    exerciseId: null,
    ruleId: 'message.safety-net',
    message: result.guidance,
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: `A message from the patient has words of the safety screen (${found}). The patient was told at once ${told.en}. The program is not paused: read the message and contact the patient.`,
      es: `Un mensaje del paciente contiene palabras de la pantalla de seguridad (${found}). Se le indicó de inmediato ${told.es}. El programa no está en pausa: lea el mensaje y contacte con el paciente.`,
    },
    notifyTherapist: true,
  };
}
