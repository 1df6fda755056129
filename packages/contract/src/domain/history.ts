import { z } from 'zod';
import { date, effort, exerciseId, loadKind, phaseNumber, programSide, text } from '../common.js';

/** The records of a patient's history as the API returns them: `History` in @minimus/core, in full. */
export const prescription = z
  .object({
    sets: z.number().int(),
    reps: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Per set (steps each way for side-steps); null for a hold' }),
    holdSeconds: z.number().nullable(),
    effort: effort.nullable(),
    loadKg: z.number(),
    loadKind,
    timesPerDay: z.number().int(),
    restSecondsBetweenSets: z.number(),
    step: z
      .number()
      .int()
      .meta({ description: "Rung of the exercise's ladder (0-based); 0 for double progression" }),
    variant: text.nullable(),
    regressedSessionsLeft: z
      .number()
      .int()
      .meta({ description: 'Sessions still at a regressed dose after a setback' }),
  })
  .meta({ id: 'Prescription', description: 'The dose a plan prescribed for one exercise' });

const cameraCount = z
  .object({
    reps: z.number().int(),
    peakDegrees: z.array(z.number()).readonly(),
  })
  .meta({
    id: 'CameraCount',
    description:
      "What the phone's camera counted in a set: its repetitions and each one's peak leg angle (degrees from the trunk's line; a within-patient trend, not a range-of-motion measurement). Frames are never sent.",
  });

const performedSet = z.object({
  reps: z.number().int().nullable(),
  holdSeconds: z.number().nullable(),
  loadKg: z.number(),
  camera: cameraCount.optional(),
});

const exerciseLog = z.object({
  exerciseId,
  side: programSide.optional().meta({
    description:
      'The leg it was done on, or both for an exercise working both legs at once; absent on logs stored before programs could treat both sides',
  }),
  prescription: prescription.meta({ description: 'What the patient was shown and did' }),
  serverPrescription: prescription
    .optional()
    .meta({ description: "The server's plan for that date, when it differs from what the phone showed" }),
  sets: z.array(performedSet).readonly(),
  painScore: z.number().meta({ description: 'Pain during the exercise, 0-10' }),
  stoppedEarly: z.boolean(),
});

const phaseDrop = z.object({ date, phase: phaseNumber, fromPhase: phaseNumber, fromStartDate: date });

const phaseStamp = z
  .object({
    phase: phaseNumber,
    phaseStartDate: date,
    phaseRuleId: z.string(),
    lastDrop: phaseDrop.nullable().optional().meta({
      description: 'The latest significant-setback drop (absent on logs stamped before protocol 2.0)',
    }),
  })
  .meta({ description: 'Where the program stood when the session was done' });

export const sessionLog = z
  .object({
    id: z.string(),
    date,
    stamp: phaseStamp,
    baselinePain: z.number().meta({ description: 'Pain before the session, 0-10' }),
    exercises: z.array(exerciseLog).readonly(),
  })
  .meta({ id: 'SessionLog', description: 'A session log, stamped with the prescription of its date' });

export const checkIn = z
  .object({
    id: z.string(),
    date,
    nextMorningPain: z.number().nullable(),
    worstPain24h: z.number().nullable(),
    walkingPain: z.number().nullable(),
  })
  .meta({ id: 'CheckIn' });

export const screenAnswers = z
  .object({
    id: z.string(),
    date,
    answers: z
      .record(z.string(), z.boolean())
      .meta({ description: 'Item id -> yes (true) or no (false); items not asked are absent' }),
  })
  .meta({ id: 'ScreenAnswers' });

export const psfsEntry = z
  .object({
    id: z.string(),
    date,
    activities: z.array(z.object({ name: z.string(), score: z.number() })).readonly(),
  })
  .meta({ id: 'PsfsEntry' });

export const strengthTest = z
  .object({
    id: z.string(),
    date,
    method: z.enum(['dynamometer', 'reps-at-load', 'single-leg-stance']),
    injuredSide: z.number().meta({
      description:
        'Newtons for a dynamometer, repetitions for reps-at-load, seconds for the single-leg stance',
    }),
    uninjuredSide: z.number(),
    loadKg: z.number().nullable(),
    author: z.string(),
  })
  .meta({ id: 'StrengthTest' });

export const outcomeScore = z
  .object({
    id: z.string(),
    date,
    instrument: z.enum(['LEFS', 'VISA-G', 'HOOS']),
    total: z.number(),
    author: z.string(),
  })
  .meta({ id: 'OutcomeScore', description: 'A stored total with its author' });

const withClientId = { clientId: z.string() };
/** What a device write answers: the stored record, with the device's `clientId`. */
export const storedSessionLog = sessionLog.extend(withClientId).meta({ id: 'StoredSessionLog' });
export const storedCheckIn = checkIn.extend(withClientId).meta({ id: 'StoredCheckIn' });
export const storedScreen = screenAnswers.extend(withClientId).meta({ id: 'StoredScreen' });
export const storedPsfs = psfsEntry.extend(withClientId).meta({ id: 'StoredPsfs' });

export type Prescription = z.infer<typeof prescription>;
export type SessionLog = z.infer<typeof sessionLog>;
export type CheckIn = z.infer<typeof checkIn>;
export type ScreenAnswers = z.infer<typeof screenAnswers>;
export type PsfsEntry = z.infer<typeof psfsEntry>;
export type StrengthTest = z.infer<typeof strengthTest>;
export type OutcomeScore = z.infer<typeof outcomeScore>;
export type StoredSessionLog = z.infer<typeof storedSessionLog>;
export type StoredCheckIn = z.infer<typeof storedCheckIn>;
export type StoredScreen = z.infer<typeof storedScreen>;
export type StoredPsfs = z.infer<typeof storedPsfs>;
