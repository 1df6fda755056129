import type { IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { ScreenAnswers } from '../history/history.js';
import type { Condition } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import { latestOnOrBefore } from './history-window.js';
import type { Decision } from './plan.js';

export interface ConditionOnDate {
  condition: Condition;
  decision: Decision;
}

function yesCount(screen: ScreenAnswers): number {
  return Object.values(screen.answers).filter((answer) => answer).length;
}

/**
 * The condition the program treats on `date`. A tendinopathy screen with enough yes answers makes it
 * tendinopathy; a therapist's recorded diagnosis made on or after that screen decides instead
 * (CLINICAL 4b: only a therapist recording a muscle strain unlocks the adduction stretches).
 */
export function conditionOn(input: PlanInput, date: IsoDate): ConditionOnDate {
  const threshold = input.protocol.screens.tendinopathy.threshold;
  const screen = latestOnOrBefore(input.history.tendinopathyScreens, date);
  const diagnosis = latestEffective(input.program.diagnoses, date);
  const positive = screen !== undefined && yesCount(screen) >= threshold;
  if (diagnosis && (!positive || diagnosis.effectiveFrom >= (screen?.date ?? ''))) {
    return {
      condition: diagnosis.condition,
      decision: therapistDecision(
        'condition.therapist-diagnosis',
        'condition',
        diagnosis,
        {
          en: `Your therapist recorded the diagnosis: ${diagnosis.condition === 'tendinopathy' ? 'gluteal tendinopathy' : 'muscle strain'}.`,
          es: `Su fisioterapeuta registró el diagnóstico: ${diagnosis.condition === 'tendinopathy' ? 'tendinopatía glútea' : 'distensión muscular'}.`,
        },
        { condition: diagnosis.condition },
      ),
    };
  }
  if (screen && positive) {
    return {
      condition: 'tendinopathy',
      decision: ruleDecision(
        'condition.tendinopathy-screen',
        'condition',
        {
          en: `The hip screen of ${dateInWords(screen.date).en} had ${yesCount(screen)} yes answers (${threshold} or more suggest gluteal tendinopathy), so the program protects the tendon.`,
          es: `El cuestionario de cadera del ${dateInWords(screen.date).es} tuvo ${yesCount(screen)} respuestas "sí" (${threshold} o más sugieren tendinopatía glútea), así que el programa protege el tendón.`,
        },
        { screenDate: screen.date, yesAnswers: yesCount(screen), threshold },
      ),
    };
  }
  return {
    condition: 'muscle-strain',
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
