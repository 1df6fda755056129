import { dateInWords } from '../calendar/date-words.js';
import type { Prescription } from '../history/history.js';
import type { ExerciseDefinition, Text } from '../protocol/types.js';
import { doseInWords } from '../wording/dose-words.js';
import { BRIEF_WORDING } from '../wording/shorthand-wordings.js';
import { ruleDecision } from './decision.js';
import type { DataValue, Decision, RuleId } from './plan.js';

export type DoseRuleId = Extract<
  RuleId,
  | 'progression.start'
  | 'progression.hold-step'
  | 'progression.good-day'
  | 'progression.not-good-day'
  | 'progression.awaiting-next-morning'
  | 'progression.double-progression'
  | 'progression.two-for-two'
  | 'pain.last-tolerated-dose'
  | 'setback.next-morning'
  | 'setback.regressed-sessions'
  | 'setback.held'
  | 'therapist.dose-edit'
>;

type Data = Readonly<Record<string, DataValue>>;

/** A date from a decision's data as patients read it ("Monday 3 March"), never an ISO date. */
function on(value: DataValue | undefined): Text {
  return typeof value === 'string' ? dateInWords(value) : { en: '-', es: '-' };
}

function why(ruleId: DoseRuleId, data: Data): Text {
  const session = on(data.sessionDate);
  switch (ruleId) {
    case 'progression.start':
      return { en: 'starting dose', es: 'dosis inicial' };
    case 'progression.hold-step':
      return {
        en: 'up one step after good days (low pain, settled next morning)',
        es: 'sube un paso tras días buenos (poco dolor, mañana siguiente tranquila)',
      };
    case 'progression.good-day':
      if (data.waitingDays)
        return {
          en: `good day; this exercise steps up at most once every ${data.minDaysPerStep} days`,
          es: `día bueno; este ejercicio sube como mucho una vez cada ${data.minDaysPerStep} días`,
        };
      return data.atTop
        ? {
            en: 'good day; already at the top of this exercise',
            es: 'día bueno; ya está en lo más alto de este ejercicio',
          }
        : {
            en: `good day; it steps up after ${data.needed} good sessions in a row`,
            es: `día bueno; sube tras ${data.needed} sesiones buenas seguidas`,
          };
    case 'progression.not-good-day':
      return data.nextMorning === 'missing'
        ? {
            en: `same dose: no morning pain was logged after ${session.en}, so we cannot tell it was a good day`,
            es: `misma dosis: no se registró el dolor de la mañana siguiente al ${session.es}, así que no sabemos si fue un día bueno`,
          }
        : {
            en: `same dose: pain up to ${data.highestPain} on ${session.en} or the next morning was worse (a step up needs pain ${data.maxPain} or less)`,
            es: `misma dosis: dolor de hasta ${data.highestPain} el ${session.es} o la mañana siguiente fue peor (para subir, dolor ${data.maxPain} o menos)`,
          };
    case 'progression.awaiting-next-morning':
      return {
        en: `same dose until tomorrow morning's pain shows how ${session.en} went`,
        es: `misma dosis hasta que el dolor de mañana muestre cómo fue el ${session.es}`,
      };
    case 'progression.double-progression':
      return data.allSetsDone
        ? {
            en: `all sets reached ${data.target} reps, so one more rep (up to ${data.maxReps})`,
            es: `todas las series llegaron a ${data.target} repeticiones: una más (hasta ${data.maxReps})`,
          }
        : {
            en: `same reps until every set reaches ${data.target}`,
            es: `mismas repeticiones hasta que cada serie llegue a ${data.target}`,
          };
    case 'progression.two-for-two':
      if (data.extraSet)
        return {
          en: `the last set reached ${data.extraReps} reps above target twice in a row (2-for-2 rule); with a light load the smallest step is one more set, back to fewer reps`,
          es: `la última serie superó el objetivo en ${data.extraReps} repeticiones dos veces seguidas (regla 2 por 2); con poco peso, el paso más pequeño es una serie más y menos repeticiones`,
        };
      return {
        en: `the last set reached ${data.extraReps} reps above target twice in a row (2-for-2 rule), so ${data.loadStepKg} kg more and back to fewer reps`,
        es: `la última serie superó el objetivo en ${data.extraReps} repeticiones dos veces seguidas (regla 2 por 2): ${data.loadStepKg} kg más y menos repeticiones`,
      };
    case 'pain.last-tolerated-dose':
      return {
        en: `pain was ${data.painScore} on ${session.en} (above ${data.stopAbove}), so back to the last dose you tolerated`,
        es: `el dolor fue ${data.painScore} el ${session.es} (más de ${data.stopAbove}): vuelve a la última dosis que toleró`,
      };
    case 'setback.next-morning':
      return {
        en: `pain the morning after ${session.en} was ${data.nextMorningPain} vs ${data.baselinePain} before the session (2 or more higher is a setback), so one step easier for ${data.sessions} sessions`,
        es: `el dolor de la mañana tras el ${session.es} fue ${data.nextMorningPain} frente a ${data.baselinePain} antes de la sesión (2 o más es una recaída): un paso más fácil durante ${data.sessions} sesiones`,
      };
    case 'setback.held':
      return {
        en: `same dose: after the setback of ${session.en} only the exercises changed in the ${data.recentDays} days before it go easier`,
        es: `misma dosis: tras la recaída del ${session.es} solo bajan los ejercicios que cambiaron en los ${data.recentDays} días anteriores`,
      };
    case 'setback.regressed-sessions':
      return {
        en: `still easier after the setback: ${data.sessionsLeft} more session(s) at this dose`,
        es: `aún más fácil tras la recaída: ${data.sessionsLeft} sesión(es) más con esta dosis`,
      };
    case 'therapist.dose-edit':
      return { en: 'dose set by your therapist', es: 'dosis fijada por su fisioterapeuta' };
  }
}

/** The decision behind an exercise's dose, in words for the patient and the therapist. */
export function doseText(
  exercise: ExerciseDefinition,
  ruleId: DoseRuleId,
  prescription: Prescription,
  data: Data,
): Decision {
  const dose: Text = {
    en: doseInWords(prescription, 'en', BRIEF_WORDING),
    es: doseInWords(prescription, 'es', BRIEF_WORDING),
  };
  const reason = why(ruleId, data);
  const text: Text = {
    en: `${exercise.name.en}: ${dose.en}, ${reason.en}.`,
    es: `${exercise.name.es}: ${dose.es}, ${reason.es}.`,
  };
  const doseData = {
    sets: prescription.sets,
    reps: prescription.reps,
    holdSeconds: prescription.holdSeconds,
    loadKg: prescription.loadKg,
    step: prescription.step,
  };
  return ruleDecision(ruleId, exercise.id, text, { ...data, ...doseData });
}
