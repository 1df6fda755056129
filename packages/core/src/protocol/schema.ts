import { z } from 'zod';
import { hasNoConsecutiveWeekdays } from '../engine/schedule.js';
import { PHASE_NUMBERS } from './phase-number.js';
import type { Protocol } from './protocol.js';
import { type DoseStep, EXERCISE_IDS, type ExerciseDefinition, FORM_CHECKS } from './types.js';

/** Where a protocol breaks a rule, e.g. `exercises[3].defaultDose.sets`; '' is the whole document. */
export interface ProtocolIssue {
  path: string;
  message: string;
}

export type ProtocolParseResult = { ok: true; protocol: Protocol } | { ok: false; issues: ProtocolIssue[] };

const ALLOWED_PLACEHOLDERS = new Set(['{side}', '{otherSide}']);

function unknownPlaceholders(value: string): string[] {
  return (value.match(/\{[^}]*\}/g) ?? []).filter((placeholder) => !ALLOWED_PLACEHOLDERS.has(placeholder));
}

/** Not `.trim()`: parsing must hand back exactly what was stored, so blank text is refused, never rewritten. */
const nonBlank = z.string().refine((value) => value.trim() !== '', 'must not be empty');
const localisedString = nonBlank.refine((value) => unknownPlaceholders(value).length === 0, {
  error: (issue) =>
    `unknown placeholder ${unknownPlaceholders(String(issue.input)).join(', ')}; only {side} and {otherSide} are allowed`,
});
const text = z.strictObject({ en: localisedString, es: localisedString });

const PAIN_RANGE = 'must be a pain score from 0 to 10';
const painScore = z.number().min(0, PAIN_RANGE).max(10, PAIN_RANGE);
const WEEKDAY_RANGE = 'must be an ISO weekday 1-7';
const weekday = z.int().min(1, WEEKDAY_RANGE).max(7, WEEKDAY_RANGE);
const percent = z.number().min(0).max(100);
const count = z.int().min(1, 'must be at least 1');
const days = z.int().min(0, 'must not be negative');
const positive = z.number().positive('must be more than 0');
const effort = z.enum(['light', 'moderate', 'hard']);
const loadKind = z.enum(['bodyweight', 'ankle-weight', 'resistance-band', 'barbell']);
const condition = z.enum(['muscle-strain', 'tendinopathy']);
const phaseNumber = z.literal(PHASE_NUMBERS);

/** An array whose items' values under each key must all differ; a repeat is reported where it repeats. */
function uniqueBy<T extends z.ZodType<Record<K, unknown>>, K extends string>(item: T, keys: readonly K[]) {
  return z.array(item).superRefine((items, context) => {
    for (const key of keys) {
      const values = items.map((value) => value[key]);
      for (const [index, value] of values.entries()) {
        if (values.indexOf(value) !== index)
          context.addIssue({ code: 'custom', path: [index, key], message: 'appears twice' });
      }
    }
  });
}

const amount = {
  sets: count,
  reps: count.nullable(),
  holdSeconds: positive.nullable(),
  effort: effort.nullable(),
};
const frequency = z.enum(['daily', 'resistance-days']);
const doseStep = z.strictObject({
  ...amount,
  variant: text.nullable(),
  frequency,
  timesPerDay: count,
  fromPhase: phaseNumber,
  oneLeg: z.boolean().optional(),
});
const dose = z.strictObject({
  ...amount,
  loadKg: z.number().min(0, 'must not be negative'),
  loadKind,
  timesPerDay: count,
  restSecondsBetweenSets: z.number().min(0, 'must not be negative'),
});

const progression = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ladder'),
    steps: z.array(doseStep).min(1, 'a ladder needs at least one rung'),
    goodSessionsPerStep: count,
    minDaysPerStep: days,
  }),
  z.strictObject({
    kind: z.literal('double-progression'),
    minReps: count,
    maxReps: count,
    twoForTwoExtraReps: count,
    loadStepKg: positive,
    maxSets: count,
    intermediateStepsBelowKg: z.number().min(0, 'must not be negative'),
  }),
]);

const loadOption = z.strictObject({
  kind: loadKind,
  therapistOnly: z.boolean(),
  stepKg: positive.nullable(),
  safetyNote: text.nullable(),
});

const formRule = z.strictObject({
  check: z.enum(FORM_CHECKS),
  thresholdDegrees: z.number().min(5).max(90),
  frames: count,
  cue: text,
});

const cameraRule = z
  .strictObject({
    posture: z.enum(['lying', 'standing']),
    placement: text,
    liftDegrees: z.number().min(5).max(90),
    lowerDegrees: z.number().min(0).max(90),
    restFrames: count,
    restSpreadDegrees: positive,
    formRules: uniqueBy(formRule, ['check']),
  })
  .refine((rule) => rule.lowerDegrees < rule.liftDegrees, {
    path: ['lowerDegrees'],
    message: 'must be below liftDegrees, or a lift would never end',
  });

const exercise = z.strictObject({
  id: z.enum(EXERCISE_IDS),
  name: text,
  category: z.enum(['flexibility', 'isometric', 'dynamic-resistance', 'functional']),
  purpose: text,
  startPosition: text,
  steps: z.array(text).min(1, 'needs at least one step'),
  cues: z.array(text),
  spokenCues: z.array(text),
  commonMistakes: z.array(text),
  defaultDose: dose,
  progression,
  loadOptions: z.array(loadOption).min(1, 'needs at least one load option'),
  side: z.enum(['injured', 'both']),
  tags: z.array(z.literal('adduction')),
  phases: z.array(phaseNumber).min(1, 'needs at least one phase'),
  conditions: z.array(condition).min(1, 'needs at least one condition'),
  tendinopathyPhases: z.array(phaseNumber),
  fallsRisk: z.boolean(),
  bedAlternative: text.nullable(),
  therapistChosen: z.boolean(),
  frequency,
  evidence: nonBlank,
  figure: nonBlank,
  camera: cameraRule.optional(),
});

const redFlagItem = z.strictObject({
  id: nonBlank,
  number: count,
  code: nonBlank,
  tier: z.enum(['emergency', 'urgent', 'risk-factor', 'therapist-review']),
  weekly: z.boolean(),
  question: text,
});

const totalScore = z.strictObject({
  id: z.enum(['LEFS', 'VISA-G', 'HOOS']),
  min: z.number(),
  max: z.number(),
  higherIsBetter: z.boolean(),
});

const shape = z.strictObject({
  id: nonBlank,
  version: nonBlank,
  name: text,
  exercises: uniqueBy(exercise, ['id']).min(1, 'needs at least one exercise'),
  phases: z.array(z.strictObject({ phase: phaseNumber, name: text, description: text, gateText: text })),
  gates: z.strictObject({
    rest: z.strictObject({
      restDaysDefault: days,
      restDaysMin: days,
      restDaysMax: days,
      maxWalkingPain: painScore,
      alertAfterDays: count,
    }),
    tendinopathyLoading: z.strictObject({
      minDaysInPhase: days,
      maxExercisePain: painScore,
      maxNextMorningRise: painScore,
      goodSessions: count,
      ofLastSessions: count,
    }),
    painSubsides: z.strictObject({
      minDaysInPhase: days,
      lastLoggedDays: count,
      maxWorstPain: painScore,
      maxExercisePain: painScore,
      setbackFreeDays: days,
    }),
    resistanceTarget: z.strictObject({
      sets: count,
      reps: count,
      loadKgDefault: z.number().min(0, 'must not be negative'),
      maxExercisePain: painScore,
      singleLegStanceSeconds: positive,
    }),
    discharge: z.strictObject({
      minLimbSymmetryPercent: percent,
      minPsfsImprovement: z.number().min(0).max(10),
      psfsTargetMean: z.number().min(0).max(10),
      minDaysInPhase: days,
    }),
    maintenance: z.strictObject({
      sessionsPerWeek: z.int().min(1).max(4, 'at most 4 days fit in a week without two days running'),
      checkInAfterDays: count,
    }),
    confirmConditionWithinDays: count,
  }),
  pain: z.strictObject({
    trafficLight: z.strictObject({ greenMax: painScore, amberMax: painScore }),
    exerciseStopAbove: painScore,
    goodDayMaxExercisePain: painScore,
    goodDayMaxExercisePainTendinopathy: painScore,
    nextMorningRise: painScore,
    setbackRegressionSessions: count,
    weeklyMeanRise: painScore,
    setbacksForSignificant: count,
    setbackWindowDays: count,
    noImprovementWeeks: count,
    noImprovementMinChange: painScore,
    adherentShare: z.number().min(0, 'must be a share from 0 to 1').max(1, 'must be a share from 0 to 1'),
    lowAdherenceShare: z.number().min(0, 'must be a share from 0 to 1').max(1, 'must be a share from 0 to 1'),
    lowAdherenceWeeks: count,
    alertShownDays: count,
    minDaysBetweenDrops: count,
    flareSettleDays: count,
    recentProgressionDays: count,
  }),
  resistance: z.strictObject({
    defaultWeekdays: z.array(weekday),
    maxDaysPerWeek: z.int().min(1).max(4, 'at most 4 days fit in a week without two days running'),
  }),
  screens: z.strictObject({
    redFlag: z.strictObject({
      items: uniqueBy(redFlagItem, ['id', 'number', 'code']).min(1, 'needs at least one question'),
      messages: z.strictObject({
        emergency: text,
        urgent: text,
        'risk-factor': text,
        'therapist-review': text,
      }),
      repeatEveryDays: count,
      healthChange: z.strictObject({ id: nonBlank, question: text, repeatEveryDays: count }),
    }),
    tendinopathy: z.strictObject({
      items: uniqueBy(z.strictObject({ id: nonBlank, question: text }), ['id']),
      threshold: count,
      repeatEveryDays: count,
    }),
    falls: z.strictObject({
      items: uniqueBy(z.strictObject({ id: nonBlank, points: z.int().min(1).max(2), statement: text }), [
        'id',
      ]).min(1, 'needs at least one statement'),
      threshold: count,
      negativeScreenExercises: z.array(z.enum(EXERCISE_IDS)),
      holdSupportExercises: z.array(z.enum(EXERCISE_IDS)),
    }),
    maintenanceCheckIn: z.strictObject({
      items: uniqueBy(
        z.strictObject({ id: nonBlank, question: text, troubleAnswer: z.boolean().nullable() }),
        ['id'],
      ).min(1, 'needs at least one question'),
    }),
  }),
  outcomes: z.strictObject({
    nprs: z.strictObject({
      min: z.literal(0),
      max: z.literal(10),
      minimalImportantChange: painScore,
      minimalImportantChangePercent: percent,
    }),
    psfs: z.strictObject({
      maxActivities: count,
      min: z.literal(0),
      max: z.literal(10),
      minimalImportantChange: z.strictObject({ small: painScore, medium: painScore, large: painScore }),
      minimalDetectableChange: painScore,
      repeatEveryDays: count,
    }),
    totalScoreOnly: z.array(totalScore),
    limbSymmetryTargetPercent: percent,
  }),
  education: uniqueBy(
    z.strictObject({
      id: nonBlank,
      title: text,
      paragraphs: z.array(text).min(1, 'needs at least one paragraph'),
      emphasisedFor: z.array(condition),
      evidence: nonBlank,
    }),
    ['id'],
  ),
});

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;
type ShapedProtocol = z.infer<typeof shape>;

function checkLadder(
  at: Path,
  exercise: Pick<ExerciseDefinition, 'defaultDose' | 'frequency'>,
  steps: readonly DoseStep[],
  report: Report,
): void {
  const first = steps[0];
  const start = { ...exercise.defaultDose, frequency: exercise.frequency };
  const fields = ['sets', 'reps', 'holdSeconds', 'effort', 'timesPerDay', 'frequency'] as const;
  const different = first ? fields.filter((field) => first[field] !== start[field]) : [];
  if (different.length > 0) {
    report(
      [...at, 'steps', 0],
      `the first rung must equal the default dose (${different.join(', ')} differ)`,
    );
  }
  for (const [rung, step] of steps.entries()) {
    if (step.reps === null && step.holdSeconds === null)
      report([...at, 'steps', rung], 'needs reps or holdSeconds');
    const before = steps[rung - 1];
    if (before && step.fromPhase < before.fromPhase)
      report([...at, 'steps', rung, 'fromPhase'], 'must not be below the rung before');
  }
}

function checkExercise(at: Path, exercise: ExerciseDefinition, report: Report) {
  const { defaultDose: dose, progression: plan, loadOptions } = exercise;
  if (dose.reps === null && dose.holdSeconds === null)
    report([...at, 'defaultDose'], 'needs reps or holdSeconds');
  const load = loadOptions.find((option) => option.kind === dose.loadKind);
  if (!load) report([...at, 'defaultDose', 'loadKind'], `"${dose.loadKind}" is not one of the load options`);
  if (load?.therapistOnly) {
    report(
      [...at, 'defaultDose', 'loadKind'],
      `"${dose.loadKind}" is therapist-only, so it cannot be the default`,
    );
  }
  if (plan.kind === 'ladder') return checkLadder([...at, 'progression'], exercise, plan.steps, report);
  if (plan.minReps > plan.maxReps) report([...at, 'progression', 'minReps'], 'must not be above maxReps');
  if (dose.reps === null || dose.reps < plan.minReps || dose.reps > plan.maxReps) {
    report([...at, 'defaultDose', 'reps'], `must lie within the rep range ${plan.minReps}-${plan.maxReps}`);
  }
  if (dose.sets > plan.maxSets)
    report([...at, 'defaultDose', 'sets'], 'must not be above progression.maxSets');
}

function checkThresholds({ gates, pain, outcomes, phases }: ShapedProtocol, report: Report): void {
  for (const phase of PHASE_NUMBERS) {
    const found = phases.filter((item) => item.phase === phase).length;
    if (found !== 1) report(['phases'], `phase ${phase} must be described exactly once, found ${found}`);
  }
  const { restDaysMin, restDaysDefault, restDaysMax } = gates.rest;
  if (restDaysMin > restDaysDefault || restDaysDefault > restDaysMax) {
    report(['gates', 'rest', 'restDaysDefault'], 'must lie between restDaysMin and restDaysMax');
  }
  if (pain.trafficLight.greenMax >= pain.trafficLight.amberMax) {
    report(['pain', 'trafficLight', 'greenMax'], 'must be below amberMax');
  }
  const { small, medium, large } = outcomes.psfs.minimalImportantChange;
  if (small > medium || medium > large) {
    report(['outcomes', 'psfs', 'minimalImportantChange'], 'must rise from small to medium to large');
  }
}

function checkSchedule({ resistance, screens }: ShapedProtocol, report: Report): void {
  const weekdays = resistance.defaultWeekdays;
  for (const [index, day] of weekdays.entries()) {
    if (weekdays.indexOf(day) !== index) report(['resistance', 'defaultWeekdays', index], 'appears twice');
  }
  if (!hasNoConsecutiveWeekdays(weekdays)) {
    report(
      ['resistance', 'defaultWeekdays'],
      'no two days may be consecutive (Sunday 7 and Monday 1 count too)',
    );
  }
  if (weekdays.length > resistance.maxDaysPerWeek) {
    report(['resistance', 'defaultWeekdays'], 'has more days than maxDaysPerWeek');
  }
  if (screens.tendinopathy.threshold > screens.tendinopathy.items.length) {
    report(['screens', 'tendinopathy', 'threshold'], 'must not be above the number of questions');
  }
}

/** The whole Protocol: shapes first, then the rules that tie its values together. */
export const protocolSchema: z.ZodType<Protocol> = shape.superRefine((protocol, context) => {
  const report: Report = (path, message) => context.addIssue({ code: 'custom', path, message });
  for (const [index, exercise] of protocol.exercises.entries())
    checkExercise(['exercises', index], exercise, report);
  checkThresholds(protocol, report);
  checkSchedule(protocol, report);
});

/** Formats a path as `exercises[3].defaultDose.sets`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/**
 * Checks an unknown value against the protocol's shape and meaning; every problem comes back as an issue.
 *
 * @example
 * const result = parseProtocol(JSON.parse(serialiseProtocol(GLUTEUS_MINIMUS_PROTOCOL)));
 * if (!result.ok) console.log(result.issues); // [{ path: 'exercises[3].defaultDose.sets', message: '...' }]
 */
export function parseProtocol(input: unknown): ProtocolParseResult {
  const result = protocolSchema.safeParse(input);
  if (result.success) return { ok: true, protocol: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** As `parseProtocol`, from JSON text; text that is not JSON is one issue at path ''. */
export function parseProtocolJson(text: string): ProtocolParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${reason}` }] };
  }
  return parseProtocol(input);
}

/** Pretty JSON that `parseProtocolJson` reads back into an equal protocol. */
export function serialiseProtocol(protocol: Protocol): string {
  return `${JSON.stringify(protocol, null, 2)}\n`;
}
