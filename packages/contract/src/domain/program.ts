import { z } from 'zod';
import {
  condition,
  date,
  effort,
  exerciseId,
  loadKind,
  phaseNumber,
  programSide,
  timestamp,
} from '../common.js';
import { protocolRef } from './plan.js';

/** A patient's program and every therapist decision in it: `Program` in @minimus/core, in full. */
const attribution = {
  author: z.string(),
  effectiveFrom: date,
  reason: z.string(),
};

const doseEdit = z.object({
  ...attribution,
  exerciseId,
  sets: z.number().int().nullable(),
  reps: z.number().int().nullable(),
  holdSeconds: z.number().nullable(),
  effort: effort.nullable(),
  loadKg: z.number().nullable(),
  loadKind: loadKind.nullable(),
  frequency: z.enum(['daily', 'resistance-days']).nullable().optional(),
});

export const program = z
  .object({
    protocol: protocolRef,
    injuryDate: date,
    startDate: date.meta({ description: 'First day the program runs (on or after the injury)' }),
    side: programSide.meta({ description: 'The leg the program treats, or both (CLINICAL 4c)' }),
    timeZone: z.string(),
    requiresConfirmation: z
      .boolean()
      .meta({ description: 'No exercises until a therapist records a program-confirmed sign-off' }),
    restDays: z.number().int(),
    resistanceWeekdays: z
      .array(z.number().int())
      .readonly()
      .nullable()
      .meta({ description: "ISO weekdays of resistance sessions; null uses the protocol's default" }),
    resistanceTargetKg: z.number().nullable(),
    enabledLoadKinds: z.array(loadKind).readonly(),
    diagnoses: z.array(z.object({ ...attribution, condition })).readonly(),
    selections: z.array(z.object({ ...attribution, exerciseId, included: z.boolean() })).readonly(),
    doseEdits: z.array(doseEdit).readonly(),
    locks: z.array(z.object({ ...attribution, exerciseId, locked: z.boolean() })).readonly(),
    phaseOverrides: z.array(z.object({ ...attribution, phase: phaseNumber })).readonly(),
    signOffs: z
      .array(
        z.object({
          ...attribution,
          kind: z.enum([
            'resistance-gate',
            'discharge',
            'tendinopathy-isometrics',
            'resume-after-red-flag',
            'program-confirmed',
            'physician-referral',
          ]),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'Program', description: 'The protocol a patient follows and every therapist decision, dated' });

export const patientProfile = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    timeZone: z.string(),
    therapistId: z.string(),
    createdAt: timestamp,
    program,
    programVersion: z.number().int(),
  })
  .meta({ id: 'PatientProfile', description: 'Profile and the program in force' });

export const programChangeEntry = z.object({
  version: z.number().int(),
  author: z.string(),
  at: timestamp,
  reason: z.string(),
  kind: z.string(),
});

export const programView = z
  .object({ program, version: z.number().int(), changes: z.array(programChangeEntry) })
  .meta({ id: 'ProgramView', description: 'The program, its version and every change' });

export type Program = z.infer<typeof program>;
export type PatientProfile = z.infer<typeof patientProfile>;
export type ProgramChangeEntry = z.infer<typeof programChangeEntry>;
export type ProgramView = z.infer<typeof programView>;
