import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { Program } from '../program/program.js';
import type { CourseScenario } from './simulate-course.js';

/**
 * Moves a worked course so its last simulated day is `lastDay`, keeping every relative date: how a demo
 * or a benchmark seeds courses that end near today.
 *
 * @example
 * const course = simulateCourse(courseEndingOn(recoveringStrain(protocol), 42, '2026-11-23'));
 */
export function courseEndingOn(scenario: CourseScenario, days: number, lastDay: IsoDate): CourseScenario {
  const shift = daysBetween(addDays(scenario.program.startDate, days - 1), lastDay);
  const move = <T extends { effectiveFrom: IsoDate }>(entries: readonly T[]): T[] =>
    entries.map((entry) => ({ ...entry, effectiveFrom: addDays(entry.effectiveFrom, shift) }));
  const program: Program = {
    ...scenario.program,
    injuryDate: addDays(scenario.program.injuryDate, shift),
    startDate: addDays(scenario.program.startDate, shift),
    diagnoses: move(scenario.program.diagnoses),
    selections: move(scenario.program.selections),
    doseEdits: move(scenario.program.doseEdits),
    locks: move(scenario.program.locks),
    phaseOverrides: move(scenario.program.phaseOverrides),
    signOffs: move(scenario.program.signOffs),
  };
  return { ...scenario, program, days };
}
