import type { IsoDate } from '../calendar/calendar.js';
import type { ScreenAnswers } from '../history/history.js';
import type { ExerciseSelectionChange } from '../program/program.js';
import type { Screens } from '../protocol/protocol.js';
import type { ExerciseDefinition, Text } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import { latestOnOrBefore } from './history-window.js';
import type { Decision, FallsPrecaution, LockedExercise } from './plan.js';

export interface FallsScreenResult {
  screen: ScreenAnswers;
  points: number;
  /** `threshold` points or more: a higher falls risk (CLINICAL 4c, Rubenstein et al. 2011). */
  positive: boolean;
}

/**
 * The points of a STEADI "Stay Independent" checklist: each yes scores its statement's points.
 *
 * @example
 * fallsScreenPoints(protocol.screens.falls, { 'fallen-past-year': true, 'worried-about-falling': true }); // 3
 */
export function fallsScreenPoints(
  falls: Pick<Screens['falls'], 'items'>,
  answers: Readonly<Record<string, boolean>>,
): number {
  return falls.items.reduce((sum, item) => sum + (answers[item.id] === true ? item.points : 0), 0);
}

/** The falls checklist scored against the protocol's threshold. */
export function scoreFallsScreen(falls: Screens['falls'], screen: ScreenAnswers): FallsScreenResult {
  const points = fallsScreenPoints(falls, screen.answers);
  return { screen, points, positive: points >= falls.threshold };
}

/** The latest falls checklist answered by `date`, scored, or null when none was answered. */
export function fallsScreenOn(input: PlanInput, date: IsoDate): FallsScreenResult | null {
  const screen = latestOnOrBefore(input.history.fallsScreens, date);
  return screen ? scoreFallsScreen(input.protocol.screens.falls, screen) : null;
}

/** What the falls screen does to one exercise the phase would prescribe. */
export type FallsGate =
  | { kind: 'prescribe'; precaution: FallsPrecaution | null; decision: Decision | null }
  | { kind: 'lock'; locked: LockedExercise; decision: Decision };

const SCREEN_WORDS: Text = {
  en: 'your answers to the falls questions',
  es: 'sus respuestas a las preguntas sobre caídas',
};

/**
 * CLINICAL 4c. With a positive falls screen: an exercise that needs a negative screen (the hip hitch) is
 * locked whoever chose it; standing single-leg, step and band exercises are prescribed only when the
 * therapist chose them, with the "hold a support" cue; a floor exercise offers its bed alternative.
 * The hip hitch also waits while no falls screen has been answered.
 */
export function fallsGate(
  input: PlanInput,
  exercise: ExerciseDefinition,
  falls: FallsScreenResult | null,
  choice: ExerciseSelectionChange | undefined,
): FallsGate {
  const rules = input.protocol.screens.falls;
  const name = exercise.name;
  if (rules.negativeScreenExercises.includes(exercise.id) && !(falls && !falls.positive)) {
    const ruleId = 'falls.needs-negative-screen';
    const text: Text = falls
      ? {
          en: `${name.en} is not in your program: it is done standing on one leg on a step, and ${SCREEN_WORDS.en} show a higher risk of falling. It needs a falls screen without that risk, even if your therapist would choose it.`,
          es: `${name.es} no está en su programa: se hace de pie sobre una pierna en un escalón, y ${SCREEN_WORDS.es} muestran un riesgo mayor de caídas. Necesita un cuestionario de caídas sin ese riesgo, aunque su fisioterapeuta lo eligiera.`,
        }
      : {
          en: `${name.en} waits for ${SCREEN_WORDS.en}: it is done standing on one leg on a step, so it needs them to show no higher risk of falling first.`,
          es: `${name.es} espera a ${SCREEN_WORDS.es}: se hace de pie sobre una pierna en un escalón, así que primero deben mostrar que no hay un riesgo mayor de caídas.`,
        };
    return {
      kind: 'lock',
      locked: { exerciseId: exercise.id, ruleId },
      decision: ruleDecision(ruleId, exercise.id, text, fallsData(falls, rules.threshold)),
    };
  }
  if (!falls?.positive) return { kind: 'prescribe', precaution: null, decision: null };
  if (exercise.fallsRisk && choice?.included !== true) {
    const ruleId = 'falls.therapist-choice-needed';
    return {
      kind: 'lock',
      locked: { exerciseId: exercise.id, ruleId },
      decision: ruleDecision(
        ruleId,
        exercise.id,
        {
          en: `${name.en} is left out for now: ${SCREEN_WORDS.en} show a higher risk of falling, and it is done standing on one leg, on a step or with a band. Your therapist can add it back if it is safe for you.`,
          es: `${name.es} queda fuera por ahora: ${SCREEN_WORDS.es} muestran un riesgo mayor de caídas, y se hace sobre una pierna, en un escalón o con una banda. Su fisioterapeuta puede volver a incluirlo si es seguro para usted.`,
        },
        fallsData(falls, rules.threshold),
      ),
    };
  }
  if (exercise.fallsRisk || rules.holdSupportExercises.includes(exercise.id)) {
    const text: Text = {
      en: `${name.en}: hold a support throughout (a counter, a sturdy chair back or a rail), because ${SCREEN_WORDS.en} show a higher risk of falling.`,
      es: `${name.es}: sujétese a un apoyo todo el tiempo (una encimera, el respaldo de una silla firme o una barandilla), porque ${SCREEN_WORDS.es} muestran un riesgo mayor de caídas.`,
    };
    const decision =
      exercise.fallsRisk && choice
        ? therapistDecision(
            'falls.hold-a-support',
            exercise.id,
            choice,
            text,
            fallsData(falls, rules.threshold),
          )
        : ruleDecision('falls.hold-a-support', exercise.id, text, fallsData(falls, rules.threshold));
    return { kind: 'prescribe', precaution: 'hold-a-support', decision };
  }
  if (exercise.bedAlternative) {
    return {
      kind: 'prescribe',
      precaution: 'bed-alternative',
      decision: ruleDecision(
        'falls.bed-alternative',
        exercise.id,
        {
          en: `${name.en} can be done on a bed instead of the floor, because ${SCREEN_WORDS.en} show a higher risk of falling: getting down to the floor and up again is not needed.`,
          es: `${name.es} puede hacerse en la cama en lugar del suelo, porque ${SCREEN_WORDS.es} muestran un riesgo mayor de caídas: no hace falta bajar al suelo y volver a levantarse.`,
        },
        fallsData(falls, rules.threshold),
      ),
    };
  }
  return { kind: 'prescribe', precaution: null, decision: null };
}

function fallsData(falls: FallsScreenResult | null, threshold: number) {
  return {
    fallsScreenDate: falls?.screen.date ?? null,
    points: falls?.points ?? null,
    threshold,
  };
}

export type FallsSelectionCheck =
  | { kind: 'ok' }
  | { kind: 'needs-negative-falls-screen'; points: number | null; threshold: number; reason: Text };

/**
 * Whether a therapist may choose an exercise on `date` (CLINICAL 4c): the hip hitch cannot be chosen,
 * even by the therapist, while the latest falls screen is positive or none has been answered. Removing
 * an exercise is always allowed. The clinic app shows `reason` beside the choice.
 *
 * @example
 * checkFallsSelection({ protocol, program, history, date }, 'hip-hitch', true).kind; // 'needs-negative-falls-screen'
 */
export function checkFallsSelection(
  input: PlanInput,
  exerciseId: ExerciseDefinition['id'],
  included: boolean,
): FallsSelectionCheck {
  const rules = input.protocol.screens.falls;
  if (!included || !rules.negativeScreenExercises.includes(exerciseId)) return { kind: 'ok' };
  const falls = fallsScreenOn(input, input.date);
  if (falls && !falls.positive) return { kind: 'ok' };
  const reason: Text = falls
    ? {
        en: `Needs a negative falls screen: the latest (${falls.screen.date}) scored ${falls.points} points, and ${rules.threshold} or more is a higher falls risk (STEADI, Rubenstein et al. 2011).`,
        es: `Necesita un cuestionario de caídas negativo: el último (${falls.screen.date}) sumó ${falls.points} puntos, y ${rules.threshold} o más indica un riesgo mayor de caídas (STEADI, Rubenstein et al. 2011).`,
      }
    : {
        en: 'Needs a negative falls screen: the patient has not answered the falls questions yet.',
        es: 'Necesita un cuestionario de caídas negativo: el paciente aún no ha respondido a las preguntas sobre caídas.',
      };
  return {
    kind: 'needs-negative-falls-screen',
    points: falls?.points ?? null,
    threshold: rules.threshold,
    reason,
  };
}
