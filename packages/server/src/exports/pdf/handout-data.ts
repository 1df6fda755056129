import {
  addDays,
  type Condition,
  type DayPlan,
  doseInWords,
  type ExerciseCategory,
  type FigureChoice,
  type IsoDate,
  isFigureId,
  isoWeekday,
  type Locale,
  type PlannedExercise,
  PRINT_WORDING,
  type ProgramSide,
  planDays,
  plannedKey,
  renderText,
  type Side,
  sideInWords,
  type Text,
} from '@minimus/core';
import {
  ExportInputError,
  type PatientRecord,
  requireDate,
  requireMatchingProtocol,
} from '../patient-record.js';
import { exerciseDefinition } from '../text/exercise-text.js';

export interface HandoutExercise {
  exerciseId: PlannedExercise['exerciseId'];
  /** The figure at the prescription's stage, with the condition's variant and the load it uses. */
  figure: FigureChoice;
  category: ExerciseCategory;
  /** The leg the figure is drawn working: the patient's injured side (the left when both are), also for exercises of both sides. */
  figureSide: Side;
  side: Side | 'both';
  name: string;
  purpose: string;
  startPosition: string;
  steps: string[];
  cues: string[];
  mistakes: string[];
  dose: string;
  sideWords: string;
  /** Strength exercises are done on the strength days only. */
  strengthDaysOnly: boolean;
}

export interface ScheduleDay {
  date: IsoDate;
  weekday: string;
  dayOfMonth: number;
}

export interface ScheduleRow {
  name: string;
  /** Sessions of this exercise on each day of the week shown (0 = not that day). */
  sessionsPerDay: number[];
}

/** Everything the printed home-exercise handout shows, in the patient's language. */
export interface HandoutData {
  locale: Locale;
  date: IsoDate;
  patientName: string;
  clinicName: string;
  therapistName: string;
  injuredSide: ProgramSide;
  status: DayPlan['status'];
  phaseName: string;
  phaseDescription: string;
  exercises: HandoutExercise[];
  /** Education the plan puts first for this condition, then when to stop and see a doctor. */
  education: { id: string; title: string; paragraphs: string[] }[];
  schedule: { days: ScheduleDay[]; rows: ScheduleRow[] };
}

const WEEKDAY_SHORT = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  es: ['Lun', 'Mar', 'Mié', 'Jue', 'Vie', 'Sáb', 'Dom'],
} as const;

function figureOf(figure: string, exercise: PlannedExercise, condition: Condition): FigureChoice {
  if (!isFigureId(figure))
    throw new ExportInputError('export.protocol-mismatch', `no figure drawing for ${figure}`);
  const { variant, loadKind } = exercise.prescription;
  return { figure, variant, condition, loadKind };
}

function handoutExercise(
  record: PatientRecord,
  exercise: PlannedExercise,
  condition: Condition,
  locale: Locale,
): HandoutExercise {
  const definition = exerciseDefinition(record.protocol, exercise.exerciseId);
  const render = (text: Text) => renderText(text, locale, exercise.side);
  return {
    exerciseId: exercise.exerciseId,
    figure: figureOf(definition.figure, exercise, condition),
    category: definition.category,
    figureSide:
      exercise.side !== 'both'
        ? exercise.side
        : record.program.side === 'both'
          ? 'left'
          : record.program.side,
    side: exercise.side,
    name: render(definition.name),
    purpose: render(definition.purpose),
    startPosition: render(definition.startPosition),
    steps: definition.steps.map(render),
    cues: definition.cues.map(render),
    mistakes: definition.commonMistakes.map(render),
    dose: doseInWords(exercise.prescription, locale, PRINT_WORDING),
    sideWords: sideInWords(exercise.side, locale),
    strengthDaysOnly: exercise.frequency === 'resistance-days',
  };
}

/** Always printed: what to do if something serious happens, whatever the plan emphasises. */
const SAFETY_TOPIC = 'when-to-stop';

function educationFor(record: PatientRecord, plan: DayPlan, locale: Locale): HandoutData['education'] {
  const ids = [...plan.education.filter((id) => id !== SAFETY_TOPIC), SAFETY_TOPIC];
  return ids.flatMap((id) => {
    const topic = record.protocol.education.find((candidate) => candidate.id === id);
    if (!topic) return [];
    const paragraphs = topic.paragraphs.map((paragraph) =>
      renderText(paragraph, locale, record.program.side),
    );
    return [{ id, title: renderText(topic.title, locale, record.program.side), paragraphs }];
  });
}

/**
 * The handout's content for the week starting `from`: the exercises of that week's plans (strength
 * exercises included even when `from` is a rest day) and a grid of which day each one is done.
 */
export function handoutData(record: PatientRecord, from: IsoDate, locale: Locale): HandoutData {
  requireMatchingProtocol(record);
  requireDate(from, 'from');
  const { protocol, program, history } = record;
  const plans = planDays({ protocol, program, history }, from, addDays(from, 6));
  // A both-sides program's one-leg exercises get a card for each leg, each drawn and worded for its leg.
  const byId = new Map<string, PlannedExercise>();
  for (const plan of plans)
    for (const exercise of plan.exercises)
      if (!byId.has(plannedKey(exercise))) byId.set(plannedKey(exercise), exercise);
  const [first] = plans;
  if (!first) throw new RangeError('a week has seven days');
  const exercises = [...byId.values()].map((exercise) =>
    handoutExercise(record, exercise, first.condition, locale),
  );
  const phase = protocol.phases.find((definition) => definition.phase === first.phase);
  return {
    locale,
    date: from,
    patientName: record.patient.name,
    clinicName: record.clinic.name,
    therapistName: record.therapist.name,
    injuredSide: program.side,
    status: first.status,
    phaseName: phase?.name[locale] ?? String(first.phase),
    phaseDescription: phase?.description[locale] ?? '',
    exercises,
    education: educationFor(record, first, locale),
    schedule: {
      days: plans.map((plan) => ({
        date: plan.date,
        weekday: WEEKDAY_SHORT[locale][isoWeekday(plan.date) - 1] ?? '',
        dayOfMonth: Number(plan.date.slice(8, 10)),
      })),
      rows: exercises.map((exercise) => ({
        name: exercise.name,
        sessionsPerDay: plans.map((plan) => {
          const planned = plan.exercises.find((candidate) => candidate.exerciseId === exercise.exerciseId);
          return planned ? planned.prescription.timesPerDay : 0;
        }),
      })),
    },
  };
}
