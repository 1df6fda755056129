import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import { type HistoryAddition, withRecord } from '../history/add-record.js';
import type { History } from '../history/history.js';
import { EMPTY_HISTORY, sortHistory } from '../history/sort-history.js';
import { GLUTEUS_MINIMUS_PROTOCOL as protocol } from '../protocol/gluteus-minimus.js';
import { simulateCourse } from '../simulation/simulate-course.js';
import { scenarioArbitrary } from '../testing/course-arbitrary.js';
import { alertsBetween, firstDateToFile } from './alerts-between.js';
import type { Alert } from './plan.js';
import { planDay } from './plan-day.js';

const RUNS = { numRuns: 40 };

/** Every device record of a history, each with the day it arrives: its own date, or later for late days. */
function arrivals(history: History, lateDays: ReadonlySet<number>, delay: number, start: IsoDate) {
  const records: { arrives: IsoDate; addition: HistoryAddition }[] = [];
  const arrive = (date: IsoDate) => (lateDays.has(daysBetween(start, date)) ? addDays(date, delay) : date);
  for (const entry of history.sessionLogs)
    records.push({ arrives: arrive(entry.date), addition: { list: 'sessionLogs', entry } });
  for (const entry of history.checkIns)
    records.push({ arrives: arrive(entry.date), addition: { list: 'checkIns', entry } });
  for (const entry of history.redFlagScreens)
    records.push({ arrives: arrive(entry.date), addition: { list: 'redFlagScreens', entry } });
  for (const entry of history.tendinopathyScreens)
    records.push({ arrives: arrive(entry.date), addition: { list: 'tendinopathyScreens', entry } });
  return records.sort((a, b) => (a.arrives < b.arrives ? -1 : a.arrives > b.arrives ? 1 : 0));
}

function lastArrivalOf(history: History, late: ReadonlySet<number>, delay: number, start: IsoDate): IsoDate {
  return arrivals(history, late, delay, start).at(-1)?.arrives ?? start;
}

const lateArrivals = fc.record({
  late: fc.uniqueArray(fc.integer({ min: 0, max: 49 }), { maxLength: 12 }),
  delay: fc.integer({ min: 1, max: 10 }),
});

/** Files alerts as the server does: after each day's arrivals, the plans from the oldest record's date to that day. */
function fileAsRecordsArrive(scenario: Parameters<typeof simulateCourse>[0], late: number[], delay: number) {
  const course = simulateCourse(scenario);
  const base = { protocol, program: course.program };
  let history: History = EMPTY_HISTORY;
  const filed = new Map<string, Alert>();
  const records = arrivals(course.history, new Set(late), delay, course.program.startDate);
  for (let index = 0; index < records.length; ) {
    const today = records[index]?.arrives ?? course.program.startDate;
    for (; index < records.length && records[index]?.arrives === today; index += 1) {
      const record = records[index];
      if (!record) continue;
      // As `Planner.advance`: from the record's date, or the day after the last record stored before it.
      const from = firstDateToFile(history, record.addition.entry.date, course.program.startDate);
      history = withRecord(history, record.addition);
      const to = today;
      for (const alert of alertsBetween({ ...base, history }, from, to)) filed.set(alert.key, alert);
    }
  }
  return { course, history, filed };
}

describe('protocol 2.0 safety invariants over random courses', () => {
  it('never plans rest once exercise has started, unless a therapist set it', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const plans = simulateCourse(scenario).plans;
        const started = plans.findIndex((plan) => plan.phase >= 1);
        if (started < 0) return;
        for (const plan of plans.slice(started)) {
          if (plan.phase === 0) expect(plan.phaseRuleId).toBe('therapist.phase-override');
        }
      }),
      RUNS,
    );
  });

  it('never drops a phase twice within 14 days', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const drops = [
          ...new Set(simulateCourse(scenario).plans.flatMap((plan) => plan.lastPhaseDrop?.date ?? [])),
        ].sort();
        drops.slice(1).forEach((date, index) => {
          expect(daysBetween(drops[index] ?? date, date)).toBeGreaterThanOrEqual(
            protocol.pain.minDaysBetweenDrops,
          );
        });
      }),
      RUNS,
    );
  });

  it('files one alert per event however late its data arrives, and every event alerts', () => {
    fc.assert(
      fc.property(scenarioArbitrary, lateArrivals, (scenario, { late, delay }) => {
        const { course, filed } = fileAsRecordsArrive(scenario, late, delay);
        const flares = [...filed.values()].filter((alert) => alert.kind === 'significant-setback');
        const dates = flares.map((alert) => alert.date).sort();
        dates.slice(1).forEach((date, index) => {
          expect(daysBetween(dates[index] ?? date, date)).toBeGreaterThanOrEqual(
            protocol.pain.minDaysBetweenDrops,
          );
        });
        // Up to the last day a record arrived: the next write files what later days raise.
        const lastArrival = lastArrivalOf(course.history, new Set(late), delay, course.program.startDate);
        const everything = alertsBetween(
          { protocol, program: course.program, history: sortHistory(course.history) },
          course.program.startDate,
          lastArrival,
        );
        const eventKinds = new Set<Alert['kind']>([
          'exercise-stopped',
          'setback',
          'significant-setback',
          'red-flag',
        ]);
        for (const alert of everything.filter((candidate) => eventKinds.has(candidate.kind)))
          expect(filed.has(alert.key), alert.key).toBe(true);
      }),
      RUNS,
    );
  });

  it('plans a date the same whenever its data arrived', () => {
    fc.assert(
      fc.property(scenarioArbitrary, lateArrivals, fc.nat(), (scenario, { late, delay }, pick) => {
        const { course, history } = fileAsRecordsArrive(scenario, late, delay);
        const date = addDays(course.program.startDate, pick % (scenario.days + delay));
        const inOrder = planDay({
          protocol,
          program: course.program,
          history: sortHistory(course.history),
          date,
        });
        expect(planDay({ protocol, program: course.program, history, date })).toEqual(inOrder);
      }),
      RUNS,
    );
  });
});
