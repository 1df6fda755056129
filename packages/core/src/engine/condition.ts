import type { IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { ScreenAnswers } from '../history/history.js';
import type { DiagnosisRecord } from '../program/program.js';
import type { Condition } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import { latestOnOrBefore } from './history-window.js';
import type { Decision } from './plan.js';

export interface ConditionOnDate {
  condition: Condition;
  /** Set by a screen, not yet confirmed by the therapist's recorded diagnosis (CLINICAL 4b). */
  provisional: boolean;
  /** The screen that made it provisional, when one did. */
  screen: ScreenAnswers | null;
  decision: Decision;
}

export function yesCount(screen: ScreenAnswers): number {
  return Object.values(screen.answers).filter((answer) => answer).length;
}

/** Whether a tendinopathy screen has enough yes answers to suggest gluteal tendinopathy. */
export function screenSuggestsTendinopathy(
  input: Pick<PlanInput, 'protocol'>,
  screen: ScreenAnswers,
): boolean {
  return yesCount(screen) >= input.protocol.screens.tendinopathy.threshold;
}

const CONDITION_WORDS = {
  tendinopathy: { en: 'gluteal tendinopathy', es: 'tendinopatía glútea' },
  'muscle-strain': { en: 'muscle strain', es: 'distensión muscular' },
} as const;

function diagnosed(diagnosis: DiagnosisRecord): ConditionOnDate {
  const words = CONDITION_WORDS[diagnosis.condition];
  return {
    condition: diagnosis.condition,
    provisional: false,
    screen: null,
    decision: therapistDecision(
      'condition.therapist-diagnosis',
      'condition',
      diagnosis,
      {
        en: `Your therapist recorded the diagnosis: ${words.en}.`,
        es: `Su fisioterapeuta registró el diagnóstico: ${words.es}.`,
      },
      { condition: diagnosis.condition },
    ),
  };
}

/**
 * The condition the program treats on `date` (CLINICAL 4b). A therapist's recorded diagnosis stays in
 * force whatever a later screen says (the screen only notifies the therapist). Without one, a screen with
 * enough yes answers makes it tendinopathy provisionally, until the therapist confirms.
 */
export function conditionOn(input: PlanInput, date: IsoDate): ConditionOnDate {
  const diagnosis = latestEffective(input.program.diagnoses, date);
  if (diagnosis) return diagnosed(diagnosis);
  const threshold = input.protocol.screens.tendinopathy.threshold;
  const screen = latestOnOrBefore(input.history.tendinopathyScreens, date);
  if (screen && screenSuggestsTendinopathy(input, screen)) {
    return {
      condition: 'tendinopathy',
      provisional: true,
      screen,
      decision: ruleDecision(
        'condition.tendinopathy-screen',
        'condition',
        {
          en: `The hip screen of ${dateInWords(screen.date).en} had ${yesCount(screen)} yes answers (${threshold} or more suggest gluteal tendinopathy), so the program protects the tendon until your therapist confirms.`,
          es: `El cuestionario de cadera del ${dateInWords(screen.date).es} tuvo ${yesCount(screen)} respuestas "sí" (${threshold} o más sugieren tendinopatía glútea), así que el programa protege el tendón hasta que su fisioterapeuta lo confirme.`,
        },
        { screenDate: screen.date, yesAnswers: yesCount(screen), threshold },
      ),
    };
  }
  return {
    condition: 'muscle-strain',
    provisional: false,
    screen: null,
    decision: ruleDecision(
      'condition.default',
      'condition',
      {
        en: 'The program treats a muscle strain; no screen suggests a tendon problem.',
        es: 'El programa trata una distensión muscular; ningún cuestionario sugiere un problema del tendón.',
      },
      { screenDate: screen?.date ?? null, yesAnswers: screen ? yesCount(screen) : null, threshold },
    ),
  };
}
