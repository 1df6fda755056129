import { z } from 'zod';
import { isoDate, programSide, timeZone } from './common.js';

export const patientInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    injuryDate: isoDate,
    side: programSide,
    timeZone,
    condition: z.enum(['muscle-strain', 'tendinopathy']).optional(),
    restDays: z.number().int().min(2).max(7).optional(),
  })
  .meta({ id: 'PatientInput' });

export const patientUpdateInput = z
  .strictObject({ name: z.string().trim().min(1).max(200).optional(), timeZone: timeZone.optional() })
  .meta({ id: 'PatientUpdate' });

export type PatientInput = z.infer<typeof patientInput>;
export type PatientUpdateInput = z.infer<typeof patientUpdateInput>;
