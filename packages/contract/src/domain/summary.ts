import { z } from 'zod';
import { date, exerciseId, phaseNumber, programSide, text } from '../common.js';
import { planAlert, programStatus, ruleId } from './plan.js';

/** A program's course for charts and reports: `ProgramSummary` in @minimus/core, in full. */
export const psfsChange = z
  .object({
    baselineDate: date,
    latestDate: date,
    baselineMean: z.number(),
    latestMean: z.number(),
    change: z.number(),
    size: z.enum(['none', 'small', 'medium', 'large']),
    detectable: z.boolean(),
  })
  .meta({ id: 'PsfsChange', description: 'PSFS mean score from the first entry to the latest' });

export const limbSymmetry = z.object({
  date,
  method: z.enum(['dynamometer', 'reps-at-load', 'single-leg-stance']),
  percent: z.number().meta({ description: 'Injured side as a percentage of the uninjured side' }),
  meetsTarget: z.boolean(),
});

export const programSummary = z
  .object({
    from: date,
    to: date,
    adherenceByWeek: z.array(
      z.object({
        weekStart: date,
        prescribedSessions: z.number().int(),
        doneSessions: z.number().int(),
        share: z.number().nullable(),
      }),
    ),
    dataPeriods: z.array(
      z.object({ from: date, to: date, daysWithData: z.number().int(), meetsSixteenDays: z.boolean() }),
    ),
    pain: z.array(
      z.object({
        date,
        worstPain: z.number().nullable(),
        nextMorningPain: z.number().nullable(),
        highestExercisePain: z.number().nullable(),
      }),
    ),
    weeklyMeanPain: z.array(z.object({ weekStart: date, mean: z.number().nullable() })),
    doses: z.array(
      z.object({
        date,
        exerciseId,
        side: programSide.meta({ description: 'The leg it was done on, or both' }),
        sets: z.number().int(),
        reps: z.number().int().nullable(),
        holdSeconds: z.number().nullable(),
        loadKg: z.number(),
      }),
    ),
    psfs: psfsChange.nullable(),
    limbSymmetry: z.array(limbSymmetry),
    timeline: z.array(z.object({ phase: phaseNumber, status: programStatus, from: date, to: date, ruleId })),
    alerts: z.array(planAlert),
    fallsScreens: z
      .array(z.object({ date, points: z.number().int(), positive: z.boolean(), words: text }))
      .meta({ description: 'Every falls screen (STEADI) up to `to`, scored, as clinicians read it' }),
    maintenanceCheckIns: z
      .array(z.object({ date, trouble: z.boolean(), words: text }))
      .meta({ description: 'Every check-in answered after discharge up to `to`' }),
  })
  .meta({
    id: 'ProgramSummary',
    description: 'Adherence, days with data, pain trend, doses, PSFS, symmetry, phase timeline and alerts',
  });

export type ProgramSummary = z.infer<typeof programSummary>;
export type PsfsChange = z.infer<typeof psfsChange>;
