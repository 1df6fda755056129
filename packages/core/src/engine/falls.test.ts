import { describe, expect, it } from 'vitest';
import type { Program } from '../program/program.js';
import type { ExerciseId } from '../protocol/types.js';
import { buildFallsScreen, buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';
import { checkFallsSelection, fallsScreenPoints } from './falls.js';
import type { DayPlan } from './plan.js';

const planned = (plan: DayPlan, id: ExerciseId) =>
  plan.exercises.find((exercise) => exercise.exerciseId === id);
const lockOf = (plan: DayPlan, id: ExerciseId) => plan.locked.find((entry) => entry.exerciseId === id);
const decisionOf = (plan: DayPlan, id: ExerciseId) =>
  plan.decisions.filter((decision) => decision.subject === id && decision.ruleId.startsWith('falls.'));
const choice = (exerciseId: ExerciseId, from: number) => ({
  exerciseId,
  included: true,
  effectiveFrom: day(from),
  author: THERAPIST,
  reason: 'Chosen with the falls screen in mind',
});
const inPhase = (phase: 1 | 2 | 3, extra: Partial<Program> = {}) =>
  buildProgram({
    phaseOverrides: [{ phase, effectiveFrom: day(0), author: THERAPIST, reason: 'test' }],
    ...extra,
  });
// Tendinopathy follows LEAP: side-stepping and the squat from the start (CLINICAL 5).
const tendinopathy = {
  condition: 'tendinopathy' as const,
  effectiveFrom: day(0),
  author: THERAPIST,
  reason: 'r',
};
// A Monday: a strength day, so resistance-day stages are planned too.
const MONDAY = 21;

describe('falls screen scoring: STEADI "Stay Independent", 4 or more points is a higher risk (Rubenstein 2011)', () => {
  it.each<{ answers: Record<string, boolean>; points: number }>([
    { answers: {}, points: 0 },
    { answers: { 'fallen-past-year': true }, points: 2 },
    { answers: { 'cane-or-walker': true, 'fallen-past-year': true }, points: 4 },
    {
      answers: { 'worried-about-falling': true, 'sad-or-depressed': true, 'rush-to-toilet': true },
      points: 3,
    },
    { answers: { 'fallen-past-year': true, 'worried-about-falling': false }, points: 2 },
  ])('scores $answers as $points', ({ answers, points }) => {
    expect(fallsScreenPoints(protocol.screens.falls, answers)).toBe(points);
  });

  it('scores every yes as 12 statements adding up to 14', () => {
    const all = Object.fromEntries(protocol.screens.falls.items.map((item) => [item.id, true]));
    expect(fallsScreenPoints(protocol.screens.falls, all)).toBe(14);
  });
});

describe('falls.therapist-choice-needed: a positive screen holds back standing single-leg, step and band exercises', () => {
  it.each([
    { points: null, chosen: false, prescribed: true },
    { points: 3, chosen: false, prescribed: true },
    { points: 4, chosen: false, prescribed: false },
    { points: 9, chosen: false, prescribed: false },
    { points: 4, chosen: true, prescribed: true },
  ])(
    'band side-steps with $points points, chosen by the therapist: $chosen -> prescribed $prescribed',
    ({ points, chosen, prescribed }) => {
      const program = inPhase(2, {
        diagnoses: [tendinopathy],
        selections: chosen ? [choice('band-side-steps', 1)] : [],
      });
      const course = new CourseBuilder(program);
      if (points !== null) course.add({ fallsScreens: [buildFallsScreen(day(0), points)] });
      const plan = course.plan(day(MONDAY));
      expect(planned(plan, 'band-side-steps') !== undefined).toBe(prescribed);
      expect(lockOf(plan, 'band-side-steps')?.ruleId).toBe(
        prescribed ? undefined : 'falls.therapist-choice-needed',
      );
    },
  );

  it('explains the hold-back in plain words without rule ids or dates', () => {
    const program = inPhase(2, { diagnoses: [tendinopathy] });
    const course = new CourseBuilder(program).add({ fallsScreens: [buildFallsScreen(day(0), 5)] });
    const [decision] = decisionOf(course.plan(day(MONDAY)), 'band-side-steps');
    expect(decision?.text.en).toMatch(/higher risk of falling.*Your therapist can add it back/);
    expect(decision?.text.es).toMatch(/riesgo mayor de caídas/);
    expect(decision?.text.en).not.toMatch(/falls\.|\d{4}-\d{2}-\d{2}/);
  });
});

describe('falls.hold-a-support: a chosen standing exercise shows the "hold a support" cue with a positive screen', () => {
  it.each([
    { id: 'band-side-steps' as const, points: 4, expected: 'hold-a-support', source: 'therapist' },
    { id: 'squat-progression' as const, points: 4, expected: 'hold-a-support', source: 'engine' },
    { id: 'band-side-steps' as const, points: 2, expected: null, source: null },
    { id: 'bridge-progression' as const, points: 4, expected: null, source: null },
  ])('$id with $points points -> $expected', ({ id, points, expected, source }) => {
    const program = inPhase(2, {
      diagnoses: [tendinopathy],
      selections: [choice('band-side-steps', 1)],
    });
    const course = new CourseBuilder(program).add({ fallsScreens: [buildFallsScreen(day(0), points)] });
    const plan = course.plan(day(MONDAY));
    expect(planned(plan, id)?.fallsPrecaution).toBe(expected);
    expect(decisionOf(plan, id)[0]?.source ?? null).toBe(source);
  });
});

describe('falls.bed-alternative: a floor exercise offers its bed alternative with a positive screen', () => {
  it.each([
    { points: 4, expected: 'bed-alternative' },
    { points: 3, expected: null },
  ])('the side-lying isometric with $points points -> $expected', ({ points, expected }) => {
    const course = new CourseBuilder(inPhase(1)).add({ fallsScreens: [buildFallsScreen(day(0), points)] });
    const plan = course.plan(day(MONDAY));
    expect(planned(plan, 'sidelying-isometric-abduction')?.fallsPrecaution).toBe(expected);
    if (expected) expect(decisionOf(plan, 'sidelying-isometric-abduction')[0]?.text.en).toMatch(/on a bed/);
  });
});

describe('falls.needs-negative-screen: the hip hitch needs a negative falls screen, whoever chooses it', () => {
  it.each([
    { points: null, prescribed: false, words: /waits for your answers to the falls questions/ },
    { points: 0, prescribed: true, words: null },
    { points: 3, prescribed: true, words: null },
    { points: 4, prescribed: false, words: /even if your therapist would choose it/ },
  ])(
    'chosen by the therapist, with $points points -> prescribed $prescribed',
    ({ points, prescribed, words }) => {
      const course = new CourseBuilder(inPhase(3, { selections: [choice('hip-hitch', 1)] }));
      if (points !== null) course.add({ fallsScreens: [buildFallsScreen(day(0), points)] });
      const plan = course.plan(day(MONDAY));
      expect(planned(plan, 'hip-hitch') !== undefined).toBe(prescribed);
      if (words) {
        expect(lockOf(plan, 'hip-hitch')?.ruleId).toBe('falls.needs-negative-screen');
        expect(decisionOf(plan, 'hip-hitch')[0]?.text.en).toMatch(words);
      }
    },
  );

  it('follows the latest screen: a later negative screen releases it', () => {
    const course = new CourseBuilder(inPhase(3, { selections: [choice('hip-hitch', 1)] })).add({
      fallsScreens: [buildFallsScreen(day(0), 6), buildFallsScreen(day(20), 1)],
    });
    expect(planned(course.plan(day(14)), 'hip-hitch')).toBeUndefined();
    expect(planned(course.plan(day(MONDAY)), 'hip-hitch')).toBeDefined();
  });
});

describe('screen.due: the falls checklist is asked until it is answered', () => {
  it.each([
    { answered: false, due: true },
    { answered: true, due: false },
  ])('answered: $answered -> due $due', ({ answered, due }) => {
    const course = new CourseBuilder(inPhase(1));
    if (answered) course.add({ fallsScreens: [buildFallsScreen(day(0), 0)] });
    expect(course.plan(day(3)).due.fallsScreen).toBe(due);
  });
});

describe('checkFallsSelection: the hip hitch cannot be chosen while the falls screen is not negative', () => {
  it.each([
    { exerciseId: 'hip-hitch' as const, included: true, points: 5, kind: 'needs-negative-falls-screen' },
    { exerciseId: 'hip-hitch' as const, included: true, points: null, kind: 'needs-negative-falls-screen' },
    { exerciseId: 'hip-hitch' as const, included: true, points: 3, kind: 'ok' },
    { exerciseId: 'hip-hitch' as const, included: false, points: 5, kind: 'ok' },
    { exerciseId: 'band-side-steps' as const, included: true, points: 5, kind: 'ok' },
  ])(
    '$exerciseId included $included with $points points -> $kind',
    ({ exerciseId, included, points, kind }) => {
      const course = new CourseBuilder(inPhase(3));
      if (points !== null) course.add({ fallsScreens: [buildFallsScreen(day(0), points)] });
      const check = checkFallsSelection(course.input(day(10)), exerciseId, included);
      expect(check.kind).toBe(kind);
      if (check.kind !== 'ok') expect(check.reason.en).toMatch(/Needs a negative falls screen/);
    },
  );
});

describe('falls.screen-positive: a positive falls screen is a therapist task, reviewed at confirmation', () => {
  it.each([
    { points: 4, alerted: true },
    { points: 3, alerted: false },
  ])('$points points -> therapist alerted: $alerted', ({ points, alerted }) => {
    const course = new CourseBuilder(inPhase(1)).add({ fallsScreens: [buildFallsScreen(day(2), points)] });
    const alert = course.plan(day(5)).alerts.find((entry) => entry.key === `falls-screen:${day(2)}`);
    expect(alert !== undefined).toBe(alerted);
    if (alert) {
      expect(alert).toMatchObject({ kind: 'therapist-review', date: day(2), notifyTherapist: true });
      expect(alert.therapistMessage.en).toMatch(
        /Falls screen positive, 2026-03-04: 4 points, higher falls risk/,
      );
    }
  });

  it('is among the onboarding answers shown while the program awaits confirmation', () => {
    const program = buildProgram({ requiresConfirmation: true });
    const course = new CourseBuilder(program).add({ fallsScreens: [buildFallsScreen(day(0), 6)] });
    const plan = course.plan(day(0));
    expect(plan.status).toBe('awaiting-confirmation');
    expect(plan.alerts.map((alert) => alert.kind)).toContain('therapist-review');
  });
});
