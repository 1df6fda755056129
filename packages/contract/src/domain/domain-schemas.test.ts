import {
  addDays,
  EXAMPLE_COURSES,
  GLUTEUS_MINIMUS_PROTOCOL,
  simulateCourse,
  summariseProgram,
} from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { checkIn, psfsEntry, screenAnswers, sessionLog, strengthTest } from './history.js';
import { dayPlan } from './plan.js';
import { program } from './program.js';
import { protocol } from './protocol.js';
import { programSummary } from './summary.js';

/** A schema that dropped or reshaped a field would parse a value into something unequal to it. */
describe.each(EXAMPLE_COURSES)('the API schemas read back every value of the course "$id"', (course) => {
  const scenario = course.scenario(GLUTEUS_MINIMUS_PROTOCOL);
  const simulated = simulateCourse(scenario);
  const { history } = simulated;

  it('reads every day plan unchanged', () => {
    for (const plan of simulated.plans) expect(dayPlan.parse(plan)).toEqual(plan);
  });

  it('reads the program unchanged', () => {
    expect(program.parse(simulated.program)).toEqual(simulated.program);
  });

  it('reads every record of the history unchanged', () => {
    const pairs = [
      [sessionLog, history.sessionLogs],
      [checkIn, history.checkIns],
      [
        screenAnswers,
        [
          ...history.redFlagScreens,
          ...history.tendinopathyScreens,
          ...history.fallsScreens,
          ...history.maintenanceCheckIns,
        ],
      ],
      [psfsEntry, history.psfs],
      [strengthTest, history.strengthTests],
    ] as const;
    for (const [schema, records] of pairs)
      for (const record of records) expect(schema.parse(record)).toEqual(record);
    expect(history.sessionLogs.length).toBeGreaterThan(0);
  });

  it('reads the program summary unchanged', () => {
    const from = simulated.program.startDate;
    const summary = summariseProgram(
      { protocol: GLUTEUS_MINIMUS_PROTOCOL, program: simulated.program, history },
      from,
      addDays(from, scenario.days - 1),
    );
    expect(programSummary.parse(summary)).toEqual(summary);
  });
});

describe('the protocol schema', () => {
  it('reads the shipped protocol unchanged', () => {
    expect(protocol.parse(GLUTEUS_MINIMUS_PROTOCOL)).toEqual(GLUTEUS_MINIMUS_PROTOCOL);
  });
});
