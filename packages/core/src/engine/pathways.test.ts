import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../calendar/calendar.js';
import type { ScreenAnswers } from '../history/history.js';
import type { Program } from '../program/program.js';
import type { Condition, ExerciseId } from '../protocol/types.js';
import { buildFallsScreen, buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';
import type { DayPlan } from './plan.js';

function tendinopathyScreen(date: string, yesCount: number): ScreenAnswers {
  const answers = Object.fromEntries(
    protocol.screens.tendinopathy.items.map((item, index) => [item.id, index < yesCount]),
  );
  return { id: `tp-${date}`, date, answers };
}

const ids = (plan: DayPlan) => plan.exercises.map((exercise) => exercise.exerciseId);
const planned = (plan: DayPlan, id: ExerciseId) =>
  plan.exercises.find((exercise) => exercise.exerciseId === id);
const diagnosis = (condition: Condition, from: number) => ({
  condition,
  effectiveFrom: day(from),
  author: THERAPIST,
  reason: 'Examined',
});
const choice = (exerciseId: ExerciseId, from: number) => ({
  exerciseId,
  included: true,
  effectiveFrom: day(from),
  author: THERAPIST,
  reason: 'Phase 3 choice',
});
const inPhase = (phase: 0 | 1 | 2 | 3, from: number, extra: Partial<Program> = {}) =>
  buildProgram({
    phaseOverrides: [{ phase, effectiveFrom: day(from), author: THERAPIST, reason: 'test' }],
    ...extra,
  });

describe('condition.diagnosis-in-force: a recorded diagnosis stays in force against a later screen', () => {
  it.each([
    { recorded: 'muscle-strain', yes: 7, expected: 'muscle-strain', told: true },
    { recorded: 'muscle-strain', yes: 1, expected: 'muscle-strain', told: false },
    { recorded: 'tendinopathy', yes: 0, expected: 'tendinopathy', told: true },
    { recorded: 'tendinopathy', yes: 5, expected: 'tendinopathy', told: false },
  ] as const)('a $recorded diagnosis and a later screen of $yes yes answers: $expected', (row) => {
    const course = new CourseBuilder(buildProgram({ diagnoses: [diagnosis(row.recorded, 1)] })).add({
      tendinopathyScreens: [tendinopathyScreen(day(10), row.yes)],
    });
    const plan = course.plan(day(10));
    expect(plan.condition).toBe(row.expected);
    const told = plan.alerts.filter((alert) => alert.ruleId === 'condition.diagnosis-in-force');
    expect(told.length).toBe(row.told ? 1 : 0);
    if (row.told) expect(told[0]?.therapistMessage.en).toMatch(/stays in force/);
  });

  it('keeps the stretches of a therapist-confirmed strain unlocked after a positive screen', () => {
    const course = new CourseBuilder(buildProgram({ diagnoses: [diagnosis('muscle-strain', 0)] }));
    course.goodDays(3, 9);
    course.add({ tendinopathyScreens: [tendinopathyScreen(day(10), 6)] });
    course.checkIn(day(10), 1);
    const plan = course.plan(day(10));
    expect(plan.locked).toEqual([]);
    expect(ids(plan)).toContain('crossover-static');
  });
});

describe('condition.provisional: a screened tendinopathy waits for the therapist within 7 days', () => {
  it.each([
    { recorded: null, provisional: true },
    { recorded: 'tendinopathy', provisional: false },
  ] as const)('with diagnosis $recorded the confirmation task is open: $provisional', (row) => {
    const program = buildProgram({ diagnoses: row.recorded ? [diagnosis(row.recorded, 2)] : [] });
    const course = new CourseBuilder(program).add({ tendinopathyScreens: [tendinopathyScreen(day(0), 4)] });
    const plan = course.plan(day(3));
    expect(plan.condition).toBe('tendinopathy');
    const task = plan.alerts.find((alert) => alert.ruleId === 'condition.provisional');
    expect(task !== undefined).toBe(row.provisional);
    if (task) {
      expect(task.therapistMessage.en).toMatch(/Provisional tendinopathy.*Please confirm by/);
      expect(task.message.en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('tendinopathy follows LEAP: light isometrics twice daily and light bridge, squat and side-steps daily from week 1', () => {
  const course = () => new CourseBuilder(buildProgram({ diagnoses: [diagnosis('tendinopathy', 0)] }));

  it.each([
    { id: 'supine-isometric-abduction', dose: { sets: 3, holdSeconds: 5, timesPerDay: 2 } },
    { id: 'standing-isometric-abduction', dose: { sets: 3, holdSeconds: 5, timesPerDay: 1 } },
    { id: 'bridge-progression', dose: { sets: 1, reps: 10, step: 0 } },
    { id: 'squat-progression', dose: { sets: 1, reps: 10, step: 0 } },
    { id: 'band-side-steps', dose: { sets: 1, reps: 10, step: 0 } },
  ] as const)('prescribes $id on day 0, daily', (row) => {
    const plan = course().plan(day(0));
    expect(plan.phase).toBe(1);
    expect(planned(plan, row.id)?.frequency).toBe('daily');
    expect(planned(plan, row.id)?.prescription).toMatchObject(row.dose);
  });

  it('never reaches a phase-2 stage in phase 1, however many good days', () => {
    const builder = course();
    builder.goodDays(0, 5, 1);
    builder.checkIn(day(6), 1);
    const plan = builder.plan(day(6));
    expect(plan.phase).toBe(1);
    expect(planned(plan, 'bridge-progression')?.prescription.variant?.en).toBe('Double-leg bridge');
    expect(planned(plan, 'squat-progression')?.prescription.variant?.en).toBe('Squat to a chair');
  });
});

describe('gate.tendinopathy-loading: >= 7 days, pain <= 5 with a calm next morning on 3 of 4 sessions, weekly pain not rising', () => {
  it.each([
    { pain: 4, lastDay: 6, phase: 1, why: 'six days are too few' },
    { pain: 4, lastDay: 7, phase: 2, why: 'seven days at pain 4 with calm mornings move on' },
    { pain: 6, lastDay: 7, phase: 1, why: 'exercise pain 6 does not' },
  ])('$why', (row) => {
    const course = new CourseBuilder(buildProgram({ diagnoses: [diagnosis('tendinopathy', 0)] }));
    for (let offset = 0; offset < row.lastDay; offset += 1) {
      course.checkIn(day(offset), { nextMorningPain: 2, worstPain24h: 3, walkingPain: 2 });
      course.doSession(day(offset), { baselinePain: 2, pain: row.pain });
    }
    course.checkIn(day(row.lastDay), { nextMorningPain: 2, worstPain24h: 3, walkingPain: 2 });
    expect(course.plan(day(row.lastDay)).phase).toBe(row.phase);
  });

  it('holds while the weekly mean pain is rising', () => {
    const course = new CourseBuilder(buildProgram({ diagnoses: [diagnosis('tendinopathy', 0)] }));
    for (let offset = 0; offset < 14; offset += 1) {
      const worst = offset < 7 ? 2 : 4;
      course.checkIn(day(offset), { nextMorningPain: 2, worstPain24h: worst, walkingPain: 2 });
      if (offset < 7) continue;
      course.doSession(day(offset), { baselinePain: 2, pain: 3 });
    }
    course.checkIn(day(14), { nextMorningPain: 2, worstPain24h: 4, walkingPain: 2 });
    const plan = course.plan(day(14));
    expect(
      plan.decisions.find((decision) => decision.ruleId === 'gate.tendinopathy-loading')?.text.en,
    ).toMatch(/weekly pain rising/);
  });
});

describe('gate.rest-cap: not out of rest by day 7 alerts the therapist', () => {
  it.each([
    { offset: 6, alerted: false },
    { offset: 7, alerted: true },
    { offset: 9, alerted: true },
  ])('still resting on day $offset: alerted $alerted', (row) => {
    const course = new CourseBuilder(buildProgram({ restDays: 7 }));
    const plan = course.plan(day(row.offset));
    expect(plan.phase).toBe(0);
    const alert = plan.alerts.find((candidate) => candidate.ruleId === 'gate.rest-cap');
    expect(alert !== undefined).toBe(row.alerted);
    if (alert) {
      expect(alert.key).toBe(`rest-cap:${day(0)}`);
      expect(alert.date).toBe(day(7));
      expect(alert.notifyTherapist).toBe(true);
    }
  });
});

describe('phase-3.awaiting-choice: nothing in phase 3 is prescribed until the therapist chooses', () => {
  it.each([
    {
      condition: 'muscle-strain',
      expected: ['crossover-dynamic', 'crossover-static', 'seated-knee-to-shoulder'],
    },
    { condition: 'tendinopathy', expected: [] },
  ] as const)('a $condition in phase 3 without a choice gets only $expected', (row) => {
    const program = inPhase(3, 20, { diagnoses: [diagnosis(row.condition, 0)] });
    const plan = new CourseBuilder(program).plan(day(22));
    expect(ids(plan)).toEqual(row.expected);
    const task = plan.alerts.find((alert) => alert.ruleId === 'phase-3.awaiting-choice');
    expect(task).toMatchObject({ severity: 'warning', date: day(20), notifyTherapist: true });
    expect(task?.message.en).toMatch(/Your therapist is choosing your next exercises/);
  });

  it('prescribes what the therapist chose, and only that, from the day of the choice', () => {
    const program = inPhase(3, 20, {
      selections: [choice('squat-progression', 22), choice('band-side-steps', 22)],
    });
    const course = new CourseBuilder(program);
    expect(ids(course.plan(day(21))).filter((id) => id.includes('squat') || id.includes('band'))).toEqual([]);
    const plan = course.plan(day(22));
    expect(ids(plan)).toEqual(expect.arrayContaining(['squat-progression', 'band-side-steps']));
    expect(ids(plan)).not.toContain('hip-hitch');
    expect(ids(plan)).not.toContain('bridge-progression');
    expect(plan.alerts.some((alert) => alert.ruleId === 'phase-3.awaiting-choice')).toBe(false);
  });
});

describe('stages own their frequency: light stages daily, harder stages on strength days, any stage daily by the therapist', () => {
  /** Phase 3 from day 20 with the bridge chosen and edited straight to its single-leg stage. */
  const singleLegBridge = (frequency: 'daily' | null) =>
    inPhase(3, 20, {
      selections: [choice('bridge-progression', 20)],
      doseEdits: [
        {
          exerciseId: 'bridge-progression',
          sets: 2,
          reps: 5,
          holdSeconds: null,
          effort: null,
          loadKg: null,
          loadKind: null,
          frequency,
          effectiveFrom: day(20),
          author: THERAPIST,
          reason: 'test',
        },
      ],
    });

  it.each([20, 21, 22, 23, 24, 25, 26])('the double-leg bridge is prescribed on day %i', (offset) => {
    const plan = new CourseBuilder(inPhase(3, 20, { selections: [choice('bridge-progression', 20)] })).plan(
      day(offset),
    );
    expect(planned(plan, 'bridge-progression')?.frequency).toBe('daily');
  });

  it('a therapist setting a stage to daily puts it on every day', () => {
    const days = [21, 22, 23, 24, 25, 26, 27];
    const course = new CourseBuilder(singleLegBridge('daily'));
    for (const offset of days) expect(planned(course.plan(day(offset)), 'bridge-progression')).toBeDefined();
  });

  it('the hip hitch, a harder stage from its first rung, comes only on strength days', () => {
    const course = new CourseBuilder(inPhase(3, 20, { selections: [choice('hip-hitch', 20)] })).add({
      fallsScreens: [buildFallsScreen(day(0), 0)],
    });
    for (const offset of [21, 22, 23, 24, 25, 26, 27]) {
      const plan = course.plan(day(offset));
      expect(planned(plan, 'hip-hitch') !== undefined).toBe([1, 3, 5].includes(isoWeekday(day(offset))));
    }
  });
});

describe('maintenance.plan: discharge starts 2 sessions a week of the last phase-3 exercises', () => {
  const discharged = () =>
    new CourseBuilder(
      inPhase(3, 20, {
        selections: [choice('squat-progression', 20)],
        signOffs: [{ kind: 'discharge', effectiveFrom: day(41), author: THERAPIST, reason: 'Goals met' }],
      }),
    );

  it.each([42, 43, 44, 45, 46, 47, 48])('day %i: the squat only on Monday and Friday', (offset) => {
    const plan = discharged().plan(day(offset));
    expect(plan.status).toBe('discharged');
    const today = [1, 5].includes(isoWeekday(day(offset)));
    expect(ids(plan)).toEqual(today ? ['squat-progression'] : []);
    expect(plan.decisions.find((decision) => decision.ruleId === 'maintenance.plan')?.text.en).toMatch(
      /twice a week \(Monday, Friday\)/,
    );
  });

  it.each([
    { offset: 130, asked: false },
    { offset: 131, asked: true },
  ])('asks the 3-month check-in question from day 90 after discharge (day $offset: $asked)', (row) => {
    const plan = discharged().plan(day(row.offset));
    const question = plan.alerts.find((alert) => alert.ruleId === 'maintenance.check-in');
    expect(question !== undefined).toBe(row.asked);
    if (question) expect(question.date).toBe(day(131));
  });
});

describe('maintenance.check-in-answer: the 3-month check-in is asked until answered; trouble alerts the therapist', () => {
  const discharged = () =>
    new CourseBuilder(
      inPhase(3, 20, {
        selections: [choice('squat-progression', 20)],
        signOffs: [{ kind: 'discharge', effectiveFrom: day(41), author: THERAPIST, reason: 'Goals met' }],
      }),
    );
  const answer = (offset: number, answers: Record<string, boolean>): ScreenAnswers => ({
    id: `mc-${offset}`,
    date: day(offset),
    answers,
  });
  const fine = { 'pain-back': false, 'hip-limits-activities': false, 'sessions-continue': true };

  it.each([
    { offset: 130, answered: null, due: false },
    { offset: 131, answered: null, due: true },
    { offset: 140, answered: 135, due: false },
    { offset: 140, answered: 120, due: true },
  ])('day $offset, answered on day $answered: due $due', ({ offset, answered, due }) => {
    const course = discharged();
    if (answered !== null) course.add({ maintenanceCheckIns: [answer(answered, fine)] });
    expect(course.plan(day(offset)).due.maintenanceCheckIn).toBe(due);
  });

  it.each([
    { answers: fine, alert: false },
    { answers: { ...fine, 'sessions-continue': false }, alert: false },
    { answers: { ...fine, 'pain-back': true }, alert: true },
    { answers: { ...fine, 'hip-limits-activities': true }, alert: true },
  ])('answers $answers -> therapist alerted: $alert', ({ answers, alert }) => {
    const course = discharged().add({ maintenanceCheckIns: [answer(132, answers)] });
    const found = course
      .plan(day(133))
      .alerts.find((entry) => entry.ruleId === 'maintenance.check-in-answer');
    expect(found !== undefined).toBe(alert);
    if (found) {
      expect(found).toMatchObject({ key: `maintenance-check-in-answer:${day(132)}`, date: day(132) });
      expect(found.notifyTherapist).toBe(true);
      expect(found.therapistMessage.en).toMatch(/reports trouble: "(Has the pain|Does your hip)/);
    }
  });
});
