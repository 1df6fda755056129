import type { IsoDate } from '../calendar/calendar.js';
import type { ScreenAnswers } from '../history/history.js';
import type { RedFlagItem } from '../protocol/protocol.js';
import type { Text } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import { between, onDate } from './history-window.js';
import type { Alert } from './plan.js';
import { itemsAnsweredYes } from './red-flag.js';

function listed(items: readonly RedFlagItem[], locale: 'en' | 'es'): string {
  return items.map((item) => `${item.code} ${item.question[locale]}`).join(' ');
}

/** Screens whose C and D answers belong to this plan's day: its own, and on day 1 those from before it. */
function screensOf(input: PlanInput, date: IsoDate): readonly ScreenAnswers[] {
  const { startDate } = input.program;
  if (date === startDate) return between(input.history.redFlagScreens, '0000-01-01', date);
  return date > startDate ? onDate(input.history.redFlagScreens, date) : [];
}

function riskFactorAlert(input: PlanInput, screen: ScreenAnswers, items: RedFlagItem[]): Alert {
  const confirmed = latestEffective(
    input.program.signOffs,
    screen.date,
    (entry) => entry.kind === 'program-confirmed',
  );
  const task: Text = confirmed
    ? { en: 'Review them with the patient.', es: 'Revíselos con el paciente.' }
    : {
        en: 'Acknowledge them when you confirm the program.',
        es: 'Téngalos en cuenta al confirmar el programa.',
      };
  return {
    key: `risk-factor:${screen.date}`,
    kind: 'risk-factor',
    severity: 'info',
    date: screen.date,
    exerciseId: null,
    ruleId: 'screen.risk-factor',
    message: input.protocol.screens.redFlag.messages['risk-factor'],
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: `Risk factors on ${screen.date}: ${listed(items, 'en')} No pause and no referral. ${task.en}`,
      es: `Factores de riesgo el ${screen.date}: ${listed(items, 'es')} Sin pausa ni derivación. ${task.es}`,
    },
    notifyTherapist: true,
  };
}

function therapistReviewAlert(input: PlanInput, screen: ScreenAnswers, items: RedFlagItem[]): Alert {
  return {
    key: `therapist-review:${screen.date}`,
    kind: 'therapist-review',
    severity: 'warning',
    date: screen.date,
    exerciseId: null,
    ruleId: 'screen.therapist-review',
    message: input.protocol.screens.redFlag.messages['therapist-review'],
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: `Review within 2 working days (${screen.date}): ${listed(items, 'en')} The program continues unless paused by the therapist.`,
      es: `Revisar en 2 días laborables (${screen.date}): ${listed(items, 'es')} El programa continúa salvo que usted lo pause.`,
    },
    notifyTherapist: true,
  };
}

/**
 * Therapist tasks from tiers C and D of the safety screen (CLINICAL 4a): never a pause, never a doctor.
 * Each belongs to the day of the screen that raised it (day 1 for screens answered before the program began).
 */
export function screenTaskAlerts(input: PlanInput, date: IsoDate): Alert[] {
  const alerts: Alert[] = [];
  for (const screen of screensOf(input, date)) {
    const risk = itemsAnsweredYes(input, screen, (item) => item.tier === 'risk-factor');
    if (risk.length > 0) alerts.push(riskFactorAlert(input, screen, risk));
    const review = itemsAnsweredYes(input, screen, (item) => item.tier === 'therapist-review');
    if (review.length > 0) alerts.push(therapistReviewAlert(input, screen, review));
  }
  return alerts;
}

export const REVIEWING_YOUR_ANSWERS: Text = {
  en: 'Your therapist is reviewing your answers. Your exercises will appear here once they have confirmed your program; meanwhile you can read about your hip.',
  es: 'Su fisioterapeuta está revisando sus respuestas. Sus ejercicios aparecerán aquí cuando haya confirmado su programa; mientras tanto puede leer sobre su cadera.',
};

/** The therapist's task while a program waits for confirmation; it belongs to the program's first day. */
export function awaitingConfirmationAlert(input: PlanInput): Alert {
  return {
    key: 'confirm:program',
    kind: 'confirmation-needed',
    severity: 'warning',
    date: input.program.startDate,
    exerciseId: null,
    ruleId: 'program.awaiting-confirmation',
    message: REVIEWING_YOUR_ANSWERS,
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: 'Waiting for confirmation: review the onboarding answers (risk factors, items for review) and confirm the program before day 1.',
      es: 'Pendiente de su confirmación: revise las respuestas iniciales (factores de riesgo, puntos a revisar) y confirme el programa antes del primer día.',
    },
    notifyTherapist: true,
  };
}
