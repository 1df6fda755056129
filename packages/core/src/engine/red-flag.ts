import type { IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { ScreenAnswers } from '../history/history.js';
import { pausesProgram, type RedFlagItem, type RedFlagUrgency } from '../protocol/protocol.js';
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

/** The questions of `tiers` answered yes on a screen. */
export function itemsAnsweredYes(
  input: PlanInput,
  screen: ScreenAnswers,
  matches: (item: RedFlagItem) => boolean,
): RedFlagItem[] {
  return input.protocol.screens.redFlag.items.filter(
    (item) => matches(item) && screen.answers[item.id] === true,
  );
}

function pausingItems(input: PlanInput, screen: ScreenAnswers): RedFlagItem[] {
  return itemsAnsweredYes(input, screen, (item) => pausesProgram(item.tier));
}

/**
 * The latest screen with a yes in tier A or B, unless a therapist reviewed it and let the program resume.
 * Risk factors (C) and therapist-review items (D) never pause the program (CLINICAL 4a).
 */
export function redFlagStatusOn(input: PlanInput, date: IsoDate): RedFlagStatus {
  const screen = latestPausingScreen(input, date);
  if (!screen) return { suspended: false, screen: null, urgency: null, decision: null };
  const items = pausingItems(input, screen);
  const urgency: RedFlagUrgency = items.some((item) => item.tier === 'emergency') ? 'emergency' : 'urgent';
  const resume = latestEffective(
    input.program.signOffs,
    date,
    (signOff) => signOff.kind === 'resume-after-red-flag' && signOff.effectiveFrom >= screen.date,
  );
  const data = { screenDate: screen.date, items: items.map((item) => item.code).join(', '), urgency };
  const when = dateInWords(screen.date);
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
          en: `Your therapist reviewed your answer of ${when.en} and restarted your program.`,
          es: `Su fisioterapeuta revisó su respuesta del ${when.es} y reanudó su programa.`,
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
        en: `On ${when.en} you answered yes to a warning-sign question. The program is paused until your therapist has reviewed it with you.`,
        es: `El ${when.es} respondió "sí" a una pregunta sobre señales de alarma. El programa queda en pausa hasta que su fisioterapeuta lo haya revisado con usted.`,
      },
      data,
    ),
  };
}

/**
 * The most recent screen with a yes in tier A or B; a later all-clear screen does not lift a pause.
 * This is the one rule that reads the whole history rather than a window: a red flag must never fall out
 * of view until a therapist has reviewed it. Screens are weekly and the check allocates nothing.
 */
function latestPausingScreen(input: PlanInput, date: IsoDate): ScreenAnswers | undefined {
  const screens = input.history.redFlagScreens;
  const pausing = input.protocol.screens.redFlag.items.filter((item) => pausesProgram(item.tier));
  for (let index = endIndexAfter(screens, date) - 1; index >= 0; index -= 1) {
    const screen = screens[index];
    if (screen && pausing.some((item) => screen.answers[item.id] === true)) return screen;
  }
  return undefined;
}

/** Risk factors (tier C) answered yes on any screen up to `date`. */
export function riskFactorsOn(input: PlanInput, date: IsoDate): RedFlagItem[] {
  const found = new Map<string, RedFlagItem>();
  const screens = input.history.redFlagScreens;
  for (let index = 0; index < endIndexAfter(screens, date); index += 1) {
    const screen = screens[index];
    if (!screen) continue;
    for (const item of itemsAnsweredYes(input, screen, (candidate) => candidate.tier === 'risk-factor'))
      found.set(item.id, item);
  }
  return [...found.values()];
}

export function redFlagAlert(input: PlanInput, status: RedFlagStatus): Alert | null {
  if (!status.suspended || !status.screen || !status.urgency || !status.decision) return null;
  const message = input.protocol.screens.redFlag.messages[status.urgency];
  const items = pausingItems(input, status.screen);
  return {
    key: `red-flag:${status.screen.date}`,
    kind: 'red-flag',
    severity: status.urgency,
    date: status.screen.date,
    exerciseId: null,
    ruleId: 'red-flag.suspend',
    message,
    physicianMessage: physicianSummary(status.screen, items, status.urgency),
    // The pause stays in view until the therapist's review lifts it.
    statusLine: null,
    therapistMessage: redFlagText(
      status.screen.date,
      items,
      status.urgency,
      riskFactorsOn(input, status.screen.date),
    ),
    notifyTherapist: true,
  };
}

/** What the physician reads: the date, the urgency, and each question answered yes, in full. */
function physicianSummary(
  screen: ScreenAnswers,
  items: readonly RedFlagItem[],
  urgency: RedFlagUrgency,
): Text {
  const list = (locale: 'en' | 'es') =>
    items.map((item) => `(${item.code}) ${item.question[locale]}`).join(' ');
  const when = dateInWords(screen.date);
  return {
    en: `Safety screen of ${when.en} (${urgency === 'emergency' ? 'emergency' : 'urgent'}): the patient answered yes to ${list('en')} The home exercise program is paused until a clinician has reviewed this.`,
    es: `Cuestionario de seguridad del ${when.es} (${urgency === 'emergency' ? 'emergencia' : 'urgente'}): el paciente respondió "sí" a ${list('es')} El programa de ejercicios en casa está en pausa hasta que un profesional lo revise.`,
  };
}
