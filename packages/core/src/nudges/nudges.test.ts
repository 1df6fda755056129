import { describe, expect, it } from 'vitest';
import type { PsfsEntry, SessionLog } from '../history/history.js';
import { reminderDayOf, reminderDecision, weeklyNoteFacts } from './nudges.js';

describe('the daily exercise reminder', () => {
  it.each([
    { status: 'active', sessionDue: true, logged: 0, expected: { send: true } },
    { status: 'active', sessionDue: true, logged: 1, expected: { send: false, reason: 'session-done' } },
    { status: 'active', sessionDue: false, logged: 0, expected: { send: false, reason: 'no-session-due' } },
    {
      status: 'suspended',
      sessionDue: false,
      logged: 0,
      expected: { send: false, reason: 'program-suspended' },
    },
    {
      status: 'suspended',
      sessionDue: true,
      logged: 0,
      expected: { send: false, reason: 'program-suspended' },
    },
    {
      status: 'discharged',
      sessionDue: false,
      logged: 0,
      expected: { send: false, reason: 'program-ended' },
    },
  ] as const)('$status, session due $sessionDue, $logged logged: $expected', (row) => {
    expect(reminderDecision({ status: row.status, sessionDue: row.sessionDue }, row.logged)).toEqual(
      row.expected,
    );
  });
});

describe("the reminder's view of a day's plan", () => {
  it.each([
    { status: 'active', exercises: [{}], expected: { status: 'active', sessionDue: true } },
    { status: 'active', exercises: [], expected: { status: 'active', sessionDue: false } },
    { status: 'suspended', exercises: [], expected: { status: 'suspended', sessionDue: false } },
  ] as const)('$status with $exercises.length exercise(s) is $expected', (row) => {
    const plan = { status: row.status, exercises: row.exercises } as unknown as Parameters<
      typeof reminderDayOf
    >[0];
    expect(reminderDayOf(plan)).toEqual(row.expected);
  });
});

const log = (date: string) => ({ id: date, date }) as unknown as SessionLog;
const psfs = (date: string, names: string[]): PsfsEntry => ({
  id: date,
  date,
  activities: names.map((name, index) => ({ name, score: index + 3 })),
});

describe('the weekly progress note', () => {
  it.each([
    { logs: [], expected: 0 },
    { logs: ['2026-03-03', '2026-03-09'], expected: 2 },
    { logs: ['2026-03-02', '2026-03-10'], expected: 0 },
    { logs: ['2026-03-05', '2026-03-05', '2026-03-06'], expected: 3 },
  ])('counts the sessions of the seven days to today: $logs -> $expected', ({ logs, expected }) => {
    expect(weeklyNoteFacts({ sessionLogs: logs.map(log), psfs: [] }, '2026-03-09').sessionsDone).toBe(
      expected,
    );
  });

  it('names the activities of the latest PSFS up to today, never their scores', () => {
    const facts = weeklyNoteFacts(
      {
        sessionLogs: [],
        psfs: [
          psfs('2026-02-20', ['Running']),
          psfs('2026-03-01', ['Stairs', 'Golf']),
          psfs('2026-03-20', ['Later']),
        ],
      },
      '2026-03-09',
    );
    expect(facts).toEqual({ sessionsDone: 0, activities: ['Stairs', 'Golf'] });
  });
});
