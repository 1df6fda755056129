import { z } from 'zod';
import { date } from './common.js';
import { alertKind, planAlert } from './domain/plan.js';

/** The 30-day remote-monitoring report as data, for the clinician's pages. */
const monitoringPeriod = z.object({
  from: date,
  to: date,
  complete: z
    .boolean()
    .meta({ description: 'False while the 30 days have not all passed on the report day' }),
  daysWithData: z.number().int(),
  meetsSixteenDays: z.boolean(),
  prescribedSessions: z.number().int(),
  doneSessions: z.number().int(),
  adherence: z
    .number()
    .nullable()
    .meta({ description: 'done / prescribed, or null when nothing was prescribed' }),
  alerts: z.array(planAlert),
});

const patientMonitoring = z.object({
  patientId: z.string(),
  patientName: z.string(),
  therapistName: z.string(),
  programStart: date,
  periods: z.array(monitoringPeriod),
});

export const monitoringReport = z
  .object({
    clinicName: z.string(),
    asOf: date,
    patients: z.array(patientMonitoring),
    totals: z.object({
      patients: z.number().int(),
      patientsMeetingSixteenDays: z
        .number()
        .int()
        .meta({ description: 'Patients whose latest complete period reached 16 days with data' }),
      alertsByKind: z.record(alertKind, z.number().int()),
    }),
  })
  .meta({
    id: 'MonitoringReport',
    description:
      'Per patient, each 30-day period since the program start: days with data (16 or more marked), ' +
      'sessions prescribed and done, adherence and the alerts raised; with clinic totals',
  });

export type MonitoringPeriod = z.infer<typeof monitoringPeriod>;
export type PatientMonitoring = z.infer<typeof patientMonitoring>;
export type MonitoringReport = z.infer<typeof monitoringReport>;
