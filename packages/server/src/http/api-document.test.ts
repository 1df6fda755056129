import {
  addDays,
  GLUTEUS_MINIMUS_PROTOCOL,
  recoveringStrain,
  simulateCourse,
  strainWithSetback,
  summariseProgram,
} from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { apiDocument } from './api-document.js';

interface Component {
  type?: string;
  properties?: Record<string, { $ref?: string }>;
  required?: string[];
}

const schemas = (apiDocument().components?.schemas ?? {}) as Record<string, Component>;
const course = simulateCourse(strainWithSetback(GLUTEUS_MINIMUS_PROTOCOL));
const { history } = simulateCourse(recoveringStrain(GLUTEUS_MINIMUS_PROTOCOL));
const start = course.program.startDate;
const summary = summariseProgram(
  { protocol: GLUTEUS_MINIMUS_PROTOCOL, program: course.program, history: course.history },
  start,
  addDays(start, 27),
);

function first<T>(values: readonly T[]): T {
  const value = values[0];
  if (value === undefined) throw new Error('the simulated course recorded none');
  return value;
}

/** A real value of each domain shape the API returns, computed by the engine. */
const examples: Record<string, object> = {
  DayPlan: first(course.plans),
  Program: course.program,
  SessionLog: first(history.sessionLogs),
  ProgramSummary: summary,
  Protocol: GLUTEUS_MINIMUS_PROTOCOL,
  Prescription: first(first(history.sessionLogs).exercises).prescription,
};

describe('the OpenAPI document describes the domain shapes in full', () => {
  it.each(Object.entries(examples))('lists every field of %s as a required property', (name, value) => {
    const schema = schemas[name];
    expect(schema?.type).toBe('object');
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(Object.keys(value).sort());
    expect([...(schema?.required ?? [])].sort()).toEqual(Object.keys(value).sort());
  });

  it.each([
    ['StoredSessionLog', first(history.sessionLogs)],
    ['StoredCheckIn', first(history.checkIns)],
    ['StoredScreen', first(history.redFlagScreens)],
    ['StoredPsfs', first(history.psfs)],
  ] as const)('describes %s as the stored record with its clientId', (name, record) => {
    const fields = [...Object.keys(record), 'clientId'].sort();
    expect(Object.keys(schemas[name]?.properties ?? {}).sort()).toEqual(fields);
    expect([...(schemas[name]?.required ?? [])].sort()).toEqual(fields);
  });

  it('refers to the program and the plan by name where responses carry them', () => {
    expect(schemas.PatientProfile?.properties?.program?.$ref).toBe('#/components/schemas/Program');
    expect(schemas.ProgramView?.properties?.program?.$ref).toBe('#/components/schemas/Program');
    expect(schemas.Alert?.properties).toHaveProperty('notifyTherapist');
  });
});
