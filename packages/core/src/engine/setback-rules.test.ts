import { describe, expect, it } from 'vitest';
import type { ScreenAnswers } from '../history/history.js';
import { buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';

const badMorning = (course: CourseBuilder, offset: number, pain = 4) =>
  course.checkIn(day(offset), { nextMorningPain: pain, worstPain24h: pain, walkingPain: 1 });

/** Two next-morning setbacks in a row: sessions on `first` and `first + 1`, bad mornings after each. */
function flare(course: CourseBuilder, first: number, pain = 4): CourseBuilder {
  course.doSession(day(first), { pain: 1, baselinePain: 1 });
  badMorning(course, first + 1, pain);
  course.doSession(day(first + 1), { pain: 1, baselinePain: 1 });
  badMorning(course, first + 2, pain);
  return course;
}

function tendinopathyScreen(date: string): ScreenAnswers {
  const answers = Object.fromEntries(protocol.screens.tendinopathy.items.map((item) => [item.id, true]));
  return { id: `tp-${date}`, date, answers };
}

const inPhaseTwo = () =>
  new CourseBuilder(
    buildProgram({
      phaseOverrides: [{ phase: 2, effectiveFrom: day(7), author: THERAPIST, reason: 'test' }],
    }),
  ).goodDays(0, 12);

describe('setback.significant: never back to rest once exercise has started', () => {
  it.each([
    { name: 'a strain in phase 1', build: () => new CourseBuilder().goodDays(3, 8), flareOn: 9, phase: 1 },
    { name: 'a strain in phase 2', build: inPhaseTwo, flareOn: 13, phase: 1 },
    {
      name: 'a tendinopathy in phase 1',
      build: () =>
        new CourseBuilder().add({ tendinopathyScreens: [tendinopathyScreen(day(0))] }).goodDays(0, 6),
      flareOn: 7,
      phase: 1,
    },
  ])('$name drops to phase $phase, and no day after exercise began is rest', ({ build, flareOn, phase }) => {
    const course = flare(build(), flareOn);
    const plan = course.plan(day(flareOn + 2));
    expect(plan).toMatchObject({
      phase,
      phaseRuleId: 'setback.significant',
      phaseStartDate: day(flareOn + 2),
    });
    const firstExercise = Array.from({ length: flareOn + 8 }, (_, offset) =>
      course.plan(day(offset)),
    ).findIndex((candidate) => candidate.phase >= 1);
    for (let offset = firstExercise; offset <= flareOn + 8; offset += 1)
      expect(course.plan(day(offset)).phase, `day ${offset}`).toBeGreaterThanOrEqual(1);
  });
});

describe('setback.significant: at most one phase drop in 14 days', () => {
  it.each([
    { second: 16, dropped: false },
    { second: 24, dropped: false },
    { second: 28, dropped: false },
    { second: 29, dropped: true },
  ])('a second flare whose drop would fall on day $second drops again: $dropped', ({ second, dropped }) => {
    const course = flare(inPhaseTwo(), 13); // drops on day 15
    course.goodDays(15, second - 3);
    flare(course, second - 2);
    const plan = course.plan(day(second));
    expect(plan.lastPhaseDrop?.date).toBe(dropped ? day(second) : day(15));
    expect(plan.phaseRuleId === 'setback.significant' && plan.phaseStartDate === day(second)).toBe(dropped);
  });
});

describe('setback.significant: the calm message, and a physician only when the flare has not settled', () => {
  function afterFlare(worstPainAfter: number) {
    const course = flare(inPhaseTwo(), 13); // drops on day 15, from the phase begun on day 7
    for (let offset = 15; offset <= 36; offset += 1) {
      course.checkIn(day(offset), {
        nextMorningPain: worstPainAfter,
        worstPain24h: worstPainAfter,
        walkingPain: 1,
      });
      course.doSession(day(offset), { pain: 1, baselinePain: worstPainAfter });
    }
    return course;
  }
  const physicianAlerts = (course: CourseBuilder, offset: number) =>
    course.plan(day(offset)).alerts.filter((alert) => alert.physicianMessage !== null);

  it.each([
    { worst: 4, day: 28, physician: [] as string[] },
    { worst: 4, day: 29, physician: [`unsettled-flare:${day(7)}`] },
    { worst: 4, day: 35, physician: [`unsettled-flare:${day(7)}`] },
    { worst: 4, day: 36, physician: [] as string[] },
    { worst: 1, day: 29, physician: [] as string[] },
  ])('with worst pain $worst after the flare, day $day asks for the physician: $physician', (row) => {
    expect(physicianAlerts(afterFlare(row.worst), row.day).map((alert) => alert.key)).toEqual(row.physician);
  });

  it('shows the flare once as one event, with the same key and date every day it is shown', () => {
    const course = afterFlare(1);
    const shown = [15, 16, 21].map((offset) =>
      course.plan(day(offset)).alerts.find((alert) => alert.kind === 'significant-setback'),
    );
    for (const alert of shown)
      expect(alert).toMatchObject({ key: `significant-setback:${day(7)}`, date: day(15) });
    expect(shown[0]?.statusLine?.en).toMatch(/eased after a flare-up/);
    expect(course.plan(day(22)).alerts.some((alert) => alert.kind === 'significant-setback')).toBe(false);
  });

  it('asks for the physician when the therapist records a referral', () => {
    const course = new CourseBuilder(
      buildProgram({
        signOffs: [
          { kind: 'physician-referral', effectiveFrom: day(6), author: THERAPIST, reason: 'Night pain' },
        ],
      }),
    ).goodDays(3, 6);
    const alert = course.plan(day(6)).alerts.find((candidate) => candidate.kind === 'physician-referral');
    expect(alert).toMatchObject({
      key: `physician-referral:${day(6)}`,
      ruleId: 'therapist.physician-referral',
    });
    expect(alert?.physicianMessage?.en).toContain('Night pain');
  });
});

describe('setback.next-morning: regress the exercises progressed in the last 3 days', () => {
  const ruleOf = (course: CourseBuilder, offset: number, exercise: string) =>
    course.plan(day(offset)).decisions.find((decision) => decision.subject === exercise)?.ruleId;

  it.each([
    { exercise: 'crossover-dynamic', rule: 'setback.next-morning' },
    { exercise: 'sidelying-isometric-abduction', rule: 'setback.next-morning' },
    { exercise: 'crossover-static', rule: 'setback.held' },
    { exercise: 'seated-knee-to-shoulder', rule: 'setback.held' },
  ])('after a bad morning on day 11, $exercise follows $rule', ({ exercise, rule }) => {
    // Held stretches reached the top of their ladder on day 7; the others still stepped up on days 8-10.
    const course = new CourseBuilder().goodDays(3, 10);
    badMorning(course, 11);
    expect(ruleOf(course, 11, exercise)).toBe(rule);
  });

  it('regresses every exercise when none was progressed in those days', () => {
    const course = new CourseBuilder(
      buildProgram({
        doseEdits: [
          'crossover-dynamic',
          'crossover-static',
          'seated-knee-to-shoulder',
          'sidelying-isometric-abduction',
        ].map((exerciseId) => ({
          exerciseId: exerciseId as 'crossover-dynamic',
          effectiveFrom: day(3),
          author: THERAPIST,
          reason: 'hold',
          sets: null,
          reps: null,
          holdSeconds: null,
          effort: null,
          loadKg: null,
          loadKind: null,
        })),
      }),
    );
    course.checkIn(day(3), { walkingPain: 1 });
    course.doSession(day(3), { pain: 1, baselinePain: 1 });
    badMorning(course, 4);
    const rules = course
      .plan(day(4))
      .decisions.filter((decision) => decision.subject !== 'phase' && decision.ruleId.startsWith('setback'))
      .map((decision) => decision.ruleId);
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(['setback.next-morning']));
  });

  it.each([
    { on: 11, cited: true },
    { on: 16, cited: true },
    { on: 17, cited: false },
  ])('a setback detected on day 10 is cited on day $on: $cited (last 7 days only)', ({ on, cited }) => {
    const course = new CourseBuilder().goodDays(3, 8);
    course.doSession(day(9), { pain: 1, baselinePain: 1 });
    badMorning(course, 10);
    const decisions = course.plan(day(on)).decisions;
    expect(decisions.some((decision) => decision.ruleId === 'setback.next-morning')).toBe(cited);
  });
});
