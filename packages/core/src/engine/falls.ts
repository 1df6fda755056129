import type { IsoDate } from '../calendar/calendar.js';
import type { ScreenAnswers } from '../history/history.js';
import type { ExerciseSelectionChange } from '../program/program.js';
import type { Screens } from '../protocol/protocol.js';
import type { ExerciseDefinition, Text } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import { latestOnOrBefore } from './history-window.js';
import type { Alert, Decision, FallsPrecaution, LockedExercise } from './plan.js';

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
  const falls = fallsScreenOn(input, input.date);
  const latest = falls ? { date: falls.screen.date, points: falls.points, positive: falls.positive } : null;
  return fallsSelectionCheck(input.protocol.screens.falls, exerciseId, included, latest);
}

/** The latest falls screen as a summary carries it: its date, points and verdict. */
export interface FallsScreenStanding {
  date: IsoDate;
  points: number;
  positive: boolean;
}

/**
 * `checkFallsSelection` from the latest screen's standing alone (null: none answered), for an app that
 * holds the program summary rather than the history.
 */
export function fallsSelectionCheck(
  rules: Screens['falls'],
  exerciseId: ExerciseDefinition['id'],
  included: boolean,
  falls: FallsScreenStanding | null,
): FallsSelectionCheck {
  if (!included || !rules.negativeScreenExercises.includes(exerciseId)) return { kind: 'ok' };
  if (falls && !falls.positive) return { kind: 'ok' };
  const reason: Text = falls
    ? {
        en: `Needs a negative falls screen: the latest (${falls.date}) scored ${falls.points} points, and ${rules.threshold} or more is a higher falls risk (STEADI, Rubenstein et al. 2011).`,
        es: `Necesita un cuestionario de caídas negativo: el último (${falls.date}) sumó ${falls.points} puntos, y ${rules.threshold} o más indica un riesgo mayor de caídas (STEADI, Rubenstein et al. 2011).`,
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

/**
 * A falls screen as clinicians read it (patient record, physician summary): its date, points, what they
 * mean, and the statements answered yes.
 *
 * @example
 * fallsScreenWords(protocol.screens.falls, screen).en; // '2026-03-02: 5 points, higher falls risk (4 or more) ...'
 */
export function fallsScreenWords(falls: Screens['falls'], screen: ScreenAnswers): Text {
  const { points, positive } = scoreFallsScreen(falls, screen);
  const yes = falls.items.filter((item) => screen.answers[item.id] === true);
  const list = (locale: 'en' | 'es') => yes.map((item) => item.statement[locale]).join(' · ');
  return {
    en: `${screen.date}: ${points} points, ${positive ? 'higher falls risk' : 'no higher falls risk'} (${falls.threshold} or more; STEADI, Rubenstein et al. 2011)${yes.length ? `. Yes: ${list('en')}` : ''}`,
    es: `${screen.date}: ${points} puntos, ${positive ? 'riesgo de caídas mayor' : 'sin riesgo de caídas mayor'} (${falls.threshold} o más; STEADI, Rubenstein et al. 2011)${yes.length ? `. Sí: ${list('es')}` : ''}`,
  };
}

/** A check-in after discharge as clinicians read it: each question with its answer. */
export function checkInWords(checkIn: Screens['maintenanceCheckIn'], answers: ScreenAnswers): Text {
  const line = (locale: 'en' | 'es') =>
    checkIn.items
      .filter((item) => item.id in answers.answers)
      .map((item) => {
        const yes = answers.answers[item.id] === true;
        return `${item.question[locale]} ${locale === 'en' ? (yes ? 'Yes' : 'No') : yes ? 'Sí' : 'No'}`;
      })
      .join(' · ');
  return { en: `${answers.date}: ${line('en')}`, es: `${answers.date}: ${line('es')}` };
}

/**
 * A positive falls screen is a therapist task (CLINICAL 1, 4c): the therapist reviews it before
 * confirming the program and chooses any standing single-leg, step or band exercise. One per screen,
 * on the screen's date.
 */
export function fallsScreenAlert(input: PlanInput, date: IsoDate): Alert | null {
  const falls = fallsScreenOn(input, date);
  if (!falls?.positive) return null;
  const words = fallsScreenWords(input.protocol.screens.falls, falls.screen);
  return {
    key: `falls-screen:${falls.screen.date}`,
    kind: 'therapist-review',
    severity: 'info',
    date: falls.screen.date,
    exerciseId: null,
    ruleId: 'falls.screen-positive',
    message: {
      en: 'Thank you. Your answers show a higher risk of falling, so exercises standing on one leg, on a step or with a band wait for your therapist to choose them, and you will be asked to hold a support. Your therapist has been told.',
      es: 'Gracias. Sus respuestas muestran un riesgo mayor de caídas, así que los ejercicios sobre una pierna, en un escalón o con una banda esperan a que su fisioterapeuta los elija, y se le pedirá sujetarse a un apoyo. Se ha avisado a su fisioterapeuta.',
    },
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: `Falls screen positive, ${words.en}. Standing single-leg, step and band exercises wait for the therapist's choice (then with the "hold a support" cue); the hip hitch needs a negative screen; floor exercises offer their bed alternative.`,
      es: `Cribado de caídas positivo, ${words.es}. Los ejercicios sobre una pierna, en escalón y con banda esperan la elección del fisioterapeuta (después con la indicación "sujétese a un apoyo"); la elevación de cadera necesita un cribado negativo; los ejercicios de suelo ofrecen su alternativa en la cama.`,
    },
    notifyTherapist: true,
  };
}
