import {
  addDays,
  type Condition,
  type CourseScenario,
  type DayReport,
  GLUTEUS_MINIMUS_PROTOCOL,
  type History,
  type IsoDate,
  type ProgramSide,
  simulateCourse,
  sortHistory,
  strainWithSetback,
} from '@minimus/core';
import { buildProgram } from '@minimus/core/testing';
import type { PatientRecord } from '../../src/exports/patient-record.js';

/**
 * Test records built by playing real courses through the engine (core's course simulator), so exports are
 * tested on histories the engine itself produced rather than on hand-written plans.
 */

export const protocol = GLUTEUS_MINIMUS_PROTOCOL;

const PEOPLE = {
  patient: { id: 'patient-1', name: 'Lucía Fernández Núñez' },
  clinic: { name: 'Clínica Ejemplo, Fisioterapia' },
  therapist: { name: 'Dr. Alba Ruiz, PT', email: 'alba.ruiz@clinic.example' },
} as const;

function calmDay(day: number, skipEvery: number): DayReport {
  const pain = day < 3 ? 3 : 1;
  return {
    morningPain: pain,
    worstPain24h: pain,
    walkingPain: pain,
    baselinePain: pain,
    exercisePain: () => (day < 3 ? 2 : 1),
    checksIn: true,
    doesSession: skipEvery === 0 || day % skipEvery !== skipEvery - 1,
    extraRepsOnLastSet: 2,
  };
}

export interface CalmRecordOptions {
  injuryDate?: IsoDate;
  condition?: Condition;
  days?: number;
  timeZone?: string;
  side?: ProgramSide;
  patient?: PatientRecord['patient'];
  /** Misses every n-th day's session (0: never misses). */
  skipEvery?: number;
}

/** A patient whose pain settles quickly, followed for `days` days from the injury; records up to the last day. */
export function calmRecord(options: CalmRecordOptions = {}): PatientRecord {
  const program = buildProgram({
    injuryDate: options.injuryDate ?? '2026-02-20',
    side: options.side ?? 'right',
    timeZone: options.timeZone ?? 'Europe/Berlin',
    diagnosis: { condition: options.condition ?? 'muscle-strain', author: PEOPLE.therapist.name },
  });
  const scenario: CourseScenario = {
    protocol,
    program,
    days: options.days ?? 14,
    report: (day) => calmDay(day, options.skipEvery ?? 6),
  };
  const course = simulateCourse(scenario);
  return {
    ...PEOPLE,
    patient: options.patient ?? PEOPLE.patient,
    protocol,
    program: course.program,
    history: sortHistory(course.history),
  };
}

/** The last day a record has data for, when it was built by `calmRecord` with `days` days. */
export function lastDay(record: PatientRecord, days: number): IsoDate {
  return addDays(record.program.startDate, days - 1);
}

/** Core's worked course of a strain with a setback in phase 2 (left side, New York), `days` days long. */
export function setbackRecord(days = 84): PatientRecord {
  const scenario = { ...strainWithSetback(protocol), days };
  const course = simulateCourse(scenario);
  return {
    ...PEOPLE,
    patient: { id: 'patient-2', name: 'Daniel O\u2019Brien' },
    protocol,
    program: course.program,
    history: sortHistory(course.history),
  };
}

export function withHistory(record: PatientRecord, changes: Partial<History>): PatientRecord {
  return { ...record, history: sortHistory({ ...record.history, ...changes }) };
}

/** A calm patient who, on 2026-03-20, answers yes to the urgent red flag of constant pain at night. */
export function redFlagRecord(): PatientRecord {
  const record = calmRecord({ days: 30 });
  const item = protocol.screens.redFlag.items.find((candidate) => candidate.tier === 'urgent');
  if (!item) throw new Error('the protocol has no urgent red flag');
  return withHistory(record, {
    redFlagScreens: [
      ...record.history.redFlagScreens,
      { id: 'rf-yes', date: '2026-03-20', answers: { [item.id]: true } },
    ],
  });
}
