import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import type { SessionLog } from '../history/history.js';
import { EMPTY_HISTORY } from '../history/sort-history.js';
import {
  buildDayPlan,
  buildPlannedExercise,
  buildPrescription,
  buildProgram,
  day,
  protocol,
} from '../testing/index.js';
import { adherenceNudgeWindow, lowAdherenceAlert } from './adherence-nudge.js';

const START = day(0);

/** `weeks` of plans from the program's start, one session prescribed a day, nothing on paused days. */
function plansFor(weeks: number, pausedWeeks: readonly number[] = []) {
  return Array.from({ length: weeks * 7 }, (_, index) =>
    buildDayPlan([buildPlannedExercise({ prescription: buildPrescription({ timesPerDay: 1 }) })], {
      date: addDays(START, index),
      status: pausedWeeks.includes(Math.floor(index / 7)) ? 'suspended' : 'active',
    }),
  );
}

/** `done[w]` sessions logged in week w (on its first days). */
function logsFor(done: readonly number[]): SessionLog[] {
  return done.flatMap((count, week) =>
    Array.from({ length: count }, (_, index) => ({
      id: `log-${week}-${index}`,
      date: addDays(START, week * 7 + index),
      stamp: { phase: 1, phaseStartDate: START, phaseRuleId: 'gate.rest' },
      baselinePain: 1,
      exercises: [],
    })),
  );
}

describe('adherence.two-low-weeks: fewer than half the sessions two weeks running alerts the therapist', () => {
  it.each([
    { done: [7, 3, 3], alert: 'low-adherence:2026-03-16', why: 'two low weeks after a good one' },
    { done: [3, 3], alert: 'low-adherence:2026-03-09', why: 'the first two weeks both low' },
    { done: [7, 3, 4], alert: null, why: 'half done (4 of 7 is not fewer than half)' },
    { done: [7, 7, 3], alert: null, why: 'one low week only' },
    { done: [3, 7, 3], alert: null, why: 'low weeks not running' },
    {
      done: [3, 3, 3],
      alert: 'low-adherence:2026-03-09',
      why: 'the same run, keyed by the week it first met the rule',
    },
    {
      done: [0, 0, 0, 0],
      alert: 'low-adherence:2026-03-09',
      why: 'nothing done for four weeks: still one run',
    },
    { done: [2, 2, 7, 1, 1], alert: 'low-adherence:2026-03-30', why: 'a new run after a good week' },
    { done: [7, 0, 0], alert: 'low-adherence:2026-03-16', why: 'nothing done for two weeks' },
  ])('$done sessions of 7 a week -> $alert ($why)', ({ done, alert }) => {
    const history = { ...EMPTY_HISTORY, sessionLogs: logsFor(done) };
    expect(lowAdherenceAlert(protocol, history, plansFor(done.length))?.key ?? null).toBe(alert);
  });

  it('does not count a week with nothing prescribed (a pause) as low', () => {
    const history = { ...EMPTY_HISTORY, sessionLogs: logsFor([7, 0, 0]) };
    expect(lowAdherenceAlert(protocol, history, plansFor(3, [2]))).toBeNull();
  });

  it('keeps the key of a run as later low weeks arrive, so the therapist is alerted once', () => {
    const keys = [2, 3, 4].map((weeks) => {
      const history = { ...EMPTY_HISTORY, sessionLogs: logsFor([7, 1, 1, 1].slice(0, weeks)) };
      return lowAdherenceAlert(protocol, history, plansFor(weeks))?.key ?? null;
    });
    expect(keys).toEqual([null, 'low-adherence:2026-03-16', 'low-adherence:2026-03-16']);
  });

  it('dates the alert by the last day of the second week and tells the therapist the counts', () => {
    const history = { ...EMPTY_HISTORY, sessionLogs: logsFor([7, 2, 1]) };
    const alert = lowAdherenceAlert(protocol, history, plansFor(3));
    expect(alert).toMatchObject({ date: day(20), notifyTherapist: true, kind: 'therapist-review' });
    expect(alert?.therapistMessage.en).toMatch(/2 of 7, 29%; week of 2026-03-16: 1 of 7, 14%/);
  });

  it('never blames the patient: the message speaks of fitting the exercises into the week', () => {
    const history = { ...EMPTY_HISTORY, sessionLogs: logsFor([7, 0, 0]) };
    const alert = lowAdherenceAlert(protocol, history, plansFor(3));
    expect(alert?.message.en).not.toMatch(/you (did not|failed|missed)|only \d/i);
    expect(alert?.message.es).toMatch(/fisioterapeuta/);
  });
});

describe('adherenceNudgeWindow: the complete program weeks the nudge reads', () => {
  it.each([
    { today: 10, window: null },
    { today: 14, window: { from: day(0), to: day(13) } },
    { today: 20, window: { from: day(0), to: day(13) } },
    { today: 21, window: { from: day(0), to: day(20) } },
    { today: 50, window: { from: day(7), to: day(48) } },
  ])('on day $today -> $window', ({ today, window }) => {
    expect(adherenceNudgeWindow(protocol, buildProgram(), day(today))).toEqual(window);
  });
});
