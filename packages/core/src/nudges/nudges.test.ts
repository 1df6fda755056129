import { describe, expect, it } from 'vitest';
import type { PsfsEntry, SessionLog } from '../history/history.js';
import { reminderDecision, weeklyNoteFacts } from './nudges.js';

const EXERCISES = [{}] as unknown as Parameters<typeof reminderDecision>[0]['exercises'];

describe('the daily exercise reminder', () => {
  it.each([
    { status: 'active', exercises: EXERCISES, logged: 0, expected: { send: true } },
    { status: 'active', exercises: EXERCISES, logged: 1, expected: { send: false, reason: 'session-done' } },
    { status: 'active', exercises: [], logged: 0, expected: { send: false, reason: 'no-session-due' } },
    { status: 'suspended', exercises: [], logged: 0, expected: { send: false, reason: 'program-suspended' } },
    {
      status: 'suspended',
      exercises: EXERCISES,
      logged: 0,
      expected: { send: false, reason: 'program-suspended' },
    },
    { status: 'discharged', exercises: [], logged: 0, expected: { send: false, reason: 'program-ended' } },
  ] as const)('$status with $exercises.length exercise(s) and $logged logged: $expected', (row) => {
    expect(reminderDecision({ status: row.status, exercises: row.exercises }, row.logged)).toEqual(
      row.expected,
    );
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
