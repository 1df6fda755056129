import type { IsoDate } from '../calendar/calendar.js';
import type { ScreenAnswers } from '../history/history.js';
import type { RedFlagItem, RedFlagUrgency } from '../protocol/protocol.js';
import type { Text } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import { endIndexAfter } from './history-window.js';
import type { Alert, Decision } from './plan.js';
import { redFlagText } from './therapist-text.js';

export interface RedFlagStatus {
  suspended: boolean;
  /** The screen that suspended the program (or was cleared), if any. */
  screen: ScreenAnswers | null;
  urgency: RedFlagUrgency | null;
  decision: Decision | null;
}

function positiveItems(input: PlanInput, screen: ScreenAnswers): RedFlagItem[] {
  return input.protocol.screens.redFlag.items.filter((item) => screen.answers[item.id] === true);
}

/** The latest red-flag screen with a yes, unless a therapist reviewed it and let the program resume. */
export function redFlagStatusOn(input: PlanInput, date: IsoDate): RedFlagStatus {
  const screen = latestPositiveScreen(input, date);
  if (!screen) return { suspended: false, screen: null, urgency: null, decision: null };
  const items = positiveItems(input, screen);
  const urgency: RedFlagUrgency = items.some((item) => item.urgency === 'emergency') ? 'emergency' : 'urgent';
  const resume = latestEffective(
    input.program.signOffs,
    date,
    (signOff) => signOff.kind === 'resume-after-red-flag' && signOff.effectiveFrom >= screen.date,
  );
  const data = { screenDate: screen.date, items: items.map((item) => item.number).join(', '), urgency };
  if (resume) {
    return {
      suspended: false,
      screen,
      urgency,
      decision: therapistDecision(
        'red-flag.resumed',
        'status',
        resume,
        {
          en: `Your therapist reviewed the warning sign of ${screen.date} and restarted your program.`,
          es: `Su fisioterapeuta revisó la señal de alarma del ${screen.date} y reanudó su programa.`,
        },
        data,
      ),
    };
  }
  return {
    suspended: true,
    screen,
    urgency,
    decision: ruleDecision(
      'red-flag.suspend',
      'status',
      {
        en: `You answered yes to warning sign ${data.items} on ${screen.date}. The program is paused until a clinician has checked you.`,
        es: `Respondió "sí" a la señal de alarma ${data.items} el ${screen.date}. El programa queda en pausa hasta que un profesional le haya revisado.`,
      },
      data,
    ),
  };
}

function hasAnyYes(answers: Readonly<Record<string, boolean>>): boolean {
  for (const item in answers) if (answers[item] === true) return true;
  return false;
}

/**
 * The most recent screen with at least one yes; a later all-clear screen does not lift a suspension.
 * This is the one rule that reads the whole history rather than a window: a red flag must never fall out
 * of view until a therapist has reviewed it. Screens are weekly and the check allocates nothing.
 */
function latestPositiveScreen(input: PlanInput, date: IsoDate): ScreenAnswers | undefined {
  const screens = input.history.redFlagScreens;
  for (let index = endIndexAfter(screens, date) - 1; index >= 0; index -= 1) {
    const screen = screens[index];
    if (screen && hasAnyYes(screen.answers)) return screen;
  }
  return undefined;
}

export function redFlagAlert(input: PlanInput, status: RedFlagStatus): Alert | null {
  if (!status.suspended || !status.screen || !status.urgency || !status.decision) return null;
  const message = input.protocol.screens.redFlag.messages[status.urgency];
  return {
    key: `red-flag:${status.screen.date}`,
    kind: 'red-flag',
    severity: status.urgency,
    date: status.screen.date,
    exerciseId: null,
    ruleId: 'red-flag.suspend',
    message,
    physicianMessage: physicianSummary(input, status.screen, status.urgency),
    therapistMessage: redFlagText(status.screen.date, positiveItems(input, status.screen), status.urgency),
    notifyTherapist: true,
  };
}

/** What the physician reads: the date, the urgency, and each question answered yes, in full. */
function physicianSummary(input: PlanInput, screen: ScreenAnswers, urgency: RedFlagUrgency): Text {
  const items = positiveItems(input, screen);
  const list = (locale: 'en' | 'es') =>
    items.map((item) => `(${item.number}) ${item.question[locale]}`).join(' ');
  return {
    en: `Red-flag screen of ${screen.date} (${urgency === 'emergency' ? 'emergency' : 'urgent'}): the patient answered yes to ${list('en')} The home exercise program is suspended until a clinician has reviewed this.`,
    es: `Cuestionario de señales de alarma del ${screen.date} (${urgency === 'emergency' ? 'emergencia' : 'urgente'}): el paciente respondió "sí" a ${list('es')} El programa de ejercicios en casa está suspendido hasta que un profesional lo revise.`,
  };
}
