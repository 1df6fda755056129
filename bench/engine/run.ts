/**
 * Engine benchmark. Prints:
 * 1. time per plan for one patient on one day, with the history trimmed to its last 30, 90 and 365 days
 *    (the same plan each time, so only the length of the history varies);
 * 2. time per plan at day 30, 90 and 365 of a course (different phases, for context);
 * 3. 10,000 patients' plans for one day.
 * Never part of the pass/fail test run. Run with `npm run bench:engine`.
 */
import {
  addDays,
  type DayPlan,
  type History,
  type IsoDate,
  type PlanInput,
  planDay,
  GLUTEUS_MINIMUS_PROTOCOL as protocol,
  recoveringStrain,
  simulateCourse,
  sortHistory,
} from '@minimus/core';

function courseOf(days: number): PlanInput {
  const result = simulateCourse({ ...recoveringStrain(protocol), days, therapist: undefined });
  return {
    protocol,
    program: result.program,
    history: sortHistory(result.history),
    date: addDays(result.program.startDate, days),
  };
}

function trimmed(history: History, from: IsoDate): History {
  const since = <T extends { date: string }>(list: readonly T[]) =>
    list.filter((entry) => entry.date >= from);
  return {
    checkIns: since(history.checkIns),
    sessionLogs: since(history.sessionLogs),
    redFlagScreens: since(history.redFlagScreens),
    tendinopathyScreens: since(history.tendinopathyScreens),
    fallsScreens: since(history.fallsScreens),
    maintenanceCheckIns: since(history.maintenanceCheckIns),
    psfs: since(history.psfs),
    strengthTests: since(history.strengthTests),
    outcomeScores: since(history.outcomeScores),
  };
}

function records(history: History): number {
  return Object.values(history).reduce((sum, list: readonly unknown[]) => sum + list.length, 0);
}

/** CPU time of this process in microseconds: unlike wall time, other busy processes barely move it. */
function cpuMicroseconds(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/** Median of 9 rounds of `iterations` calls, in CPU microseconds per call, after a warm-up. */
function microsecondsPerPlan(input: PlanInput, iterations = 5000): number {
  let sink = 0;
  const run = () => {
    const start = cpuMicroseconds();
    for (let index = 0; index < iterations; index += 1) sink += planDay(input).exercises.length;
    return (cpuMicroseconds() - start) / iterations;
  };
  run();
  const timings = Array.from({ length: 9 }, run).sort((left, right) => left - right);
  if (sink < 0) console.log(sink);
  return timings[4] ?? Number.NaN;
}

function exercisesOf(plan: DayPlan): string {
  return `phase ${plan.phase}, ${plan.exercises.length} exercises`;
}

const year = courseOf(365);
const byLength = [30, 90, 365].map((days) => {
  const input = { ...year, history: trimmed(year.history, addDays(year.date, -days)) };
  return {
    history: `last ${days} days`,
    records: records(input.history),
    plan: exercisesOf(planDay(input)),
    µs: microsecondsPerPlan(input),
  };
});
const byDay = [30, 90, 365].map((days) => {
  const input = courseOf(days);
  return {
    history: `day ${days} of a course`,
    records: records(input.history),
    plan: exercisesOf(planDay(input)),
    µs: microsecondsPerPlan(input),
  };
});

const patients = Array.from({ length: 100 }, (_, index) => courseOf(30 + ((index * 7) % 335)));
let planned = 0;
const start = cpuMicroseconds();
for (let patient = 0; patient < 10_000; patient += 1) {
  const input = patients[patient % patients.length];
  if (input) planned += planDay(input).exercises.length;
}
const clinicMilliseconds = (cpuMicroseconds() - start) / 1000;

const format = (rows: typeof byLength) => rows.map((row) => ({ ...row, µs: row.µs.toFixed(1) }));
console.log(
  `Engine benchmark (Node ${process.version}, ${process.arch}; CPU time per plan, median of 9 rounds)`,
);
console.log('\nOne patient, one day, history trimmed to its last N days (same plan):');
console.table(format(byLength));
console.log('\nA course at day N (different phases):');
console.table(format(byDay));
const ratio = (byLength[2]?.µs ?? Number.NaN) / (byLength[0]?.µs ?? Number.NaN);
console.log(`365-day / 30-day cost: ${ratio.toFixed(2)} (target <= 1.5)`);
console.log(`Plan with a year of history: ${byLength[2]?.µs.toFixed(1)} µs (target <= 100 µs)`);
console.log(
  `10,000 patients' plans for one day (histories of 30 to 365 days): ${clinicMilliseconds.toFixed(0)} ms, ${((clinicMilliseconds * 1000) / 10_000).toFixed(1)} µs a plan (${planned} exercises planned)`,
);
