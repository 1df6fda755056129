import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../calendar/calendar.js';
import type { ExerciseId } from '../protocol/types.js';
import { buildProgram, CourseBuilder, day, THERAPIST } from '../testing/index.js';
import type { DayPlan } from './plan.js';

function dose(plan: DayPlan, exerciseId: ExerciseId) {
  const planned = plan.exercises.find((exercise) => exercise.exerciseId === exerciseId);
  if (!planned) throw new Error(`${exerciseId} is not in the plan of ${plan.date}`);
  return planned.prescription;
}

function ruleOf(plan: DayPlan, exerciseId: ExerciseId) {
  return plan.decisions.find((decision) => decision.subject === exerciseId)?.ruleId;
}

/** Phase 1 from day 3: the first session on day 3. */
function phaseOneFromDayThree() {
  const course = new CourseBuilder();
  course.checkIn(day(3), 1);
  return course;
}

describe('progression.hold-step: holds step up after a good day', () => {
  it.each([
    { exerciseId: 'crossover-static' as const, start: 10, next: 15 },
    { exerciseId: 'seated-knee-to-shoulder' as const, start: 10, next: 15 },
  ])('$exerciseId goes from $start s to $next s', (row) => {
    const course = phaseOneFromDayThree();
    const first = course.doSession(day(3), { pain: 1, baselinePain: 1 });
    expect(dose(first, row.exerciseId).holdSeconds).toBe(row.start);
    course.checkIn(day(4), 1);
    const plan = course.plan(day(4));
    expect(dose(plan, row.exerciseId).holdSeconds).toBe(row.next);
    expect(ruleOf(plan, row.exerciseId)).toBe('progression.hold-step');
  });

  it('stops at the top of the ladder (30 s for the static stretch)', () => {
    const course = phaseOneFromDayThree().goodDays(3, 9);
    course.checkIn(day(10), 1);
    expect(dose(course.plan(day(10)), 'crossover-static').holdSeconds).toBe(30);
  });

  it('adds one rep a good day to the dynamic stretch, up to 15', () => {
    const course = phaseOneFromDayThree().goodDays(3, 4);
    course.checkIn(day(5), 1);
    expect(dose(course.plan(day(5)), 'crossover-dynamic').reps).toBe(12);
  });

  it.each([
    { name: 'exercise pain 4 that day', pain: 4, morning: 1, expected: 'progression.not-good-day' },
    { name: 'next-morning pain up by 2', pain: 1, morning: 3, expected: 'setback.next-morning' },
  ])('keeps the hold after $name', (row) => {
    const course = phaseOneFromDayThree();
    course.doSession(day(3), { pain: row.pain, baselinePain: 1 });
    course.checkIn(day(4), { nextMorningPain: row.morning, worstPain24h: 1, walkingPain: 1 });
    const plan = course.plan(day(4));
    expect(dose(plan, 'crossover-static').holdSeconds).toBe(10);
    expect(ruleOf(plan, 'crossover-static')).toBe(row.expected);
  });

  it('waits for the next-morning pain before stepping up', () => {
    const course = phaseOneFromDayThree();
    course.doSession(day(3), { pain: 1, baselinePain: 1 });
    const plan = course.plan(day(4));
    expect(ruleOf(plan, 'crossover-static')).toBe('progression.awaiting-next-morning');
    expect(dose(plan, 'crossover-static').holdSeconds).toBe(10);
  });

  it('does not step up when the next morning was never logged', () => {
    const course = phaseOneFromDayThree();
    course.doSession(day(3), { pain: 1, baselinePain: 1 });
    const plan = course.plan(day(5));
    expect(ruleOf(plan, 'crossover-static')).toBe('progression.not-good-day');
    expect(plan.decisions.find((decision) => decision.subject === 'crossover-static')?.data.nextMorning).toBe(
      'missing',
    );
  });
});

describe('pain.exercise-stop: pain above 5 stops that exercise today; next time the last tolerated dose', () => {
  it('marks the exercise stopped today and alerts the therapist', () => {
    const course = phaseOneFromDayThree().goodDays(3, 3);
    course.checkIn(day(4), 1);
    course.doSession(day(4), { pain: { 'crossover-static': 6 }, baselinePain: 1 });
    const plan = course.plan(day(4));
    expect(plan.exercises.find((exercise) => exercise.exerciseId === 'crossover-static')?.stoppedToday).toBe(
      true,
    );
    expect(plan.exercises.find((exercise) => exercise.exerciseId === 'crossover-dynamic')?.stoppedToday).toBe(
      false,
    );
    const alert = plan.alerts.find((candidate) => candidate.kind === 'exercise-stopped');
    expect(alert).toMatchObject({
      exerciseId: 'crossover-static',
      notifyTherapist: true,
      ruleId: 'pain.exercise-stop',
    });
  });

  it.each([5, 6, 9])(
    'after pain %i the next session returns to the last tolerated dose when above 5',
    (pain) => {
      const course = phaseOneFromDayThree().goodDays(3, 3);
      course.checkIn(day(4), 1);
      const stopped = course.doSession(day(4), { pain: { 'crossover-static': pain }, baselinePain: 1 });
      expect(dose(stopped, 'crossover-static').holdSeconds).toBe(15);
      course.checkIn(day(5), 1);
      const plan = course.plan(day(5));
      if (pain > 5) {
        expect(dose(plan, 'crossover-static').holdSeconds).toBe(10);
        expect(ruleOf(plan, 'crossover-static')).toBe('pain.last-tolerated-dose');
      } else {
        expect(dose(plan, 'crossover-static').holdSeconds).toBe(15);
        expect(ruleOf(plan, 'crossover-static')).toBe('progression.not-good-day');
      }
    },
  );
});

describe('setback.next-morning: morning pain 2 above baseline regresses one step for 2 sessions', () => {
  it('regresses, holds for two sessions, then progresses again', () => {
    const course = phaseOneFromDayThree().goodDays(3, 5);
    expect(dose(course.plan(day(5)), 'crossover-static').holdSeconds).toBe(20);
    course.checkIn(day(6), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    const regressed = course.doSession(day(6), { pain: 1, baselinePain: 1 });
    expect(dose(regressed, 'crossover-static')).toMatchObject({ holdSeconds: 15, regressedSessionsLeft: 2 });
    expect(ruleOf(regressed, 'crossover-static')).toBe('setback.next-morning');
    expect(regressed.alerts.some((alert) => alert.kind === 'setback')).toBe(true);
    course.checkIn(day(7), 1);
    const held = course.doSession(day(7), { pain: 1, baselinePain: 1 });
    expect(dose(held, 'crossover-static')).toMatchObject({ holdSeconds: 15, regressedSessionsLeft: 1 });
    expect(ruleOf(held, 'crossover-static')).toBe('setback.regressed-sessions');
    course.checkIn(day(8), 1);
    expect(dose(course.plan(day(8)), 'crossover-static')).toMatchObject({
      holdSeconds: 20,
      regressedSessionsLeft: 0,
    });
  });

  it('asks for the red-flag screen again after a setback', () => {
    const course = phaseOneFromDayThree();
    course.add({ redFlagScreens: [{ id: 'rf', date: day(3), answers: {} }] });
    course.doSession(day(3), { pain: 1, baselinePain: 1 });
    course.checkIn(day(4), { nextMorningPain: 4, worstPain24h: 4, walkingPain: 1 });
    expect(course.plan(day(4)).due.redFlagScreen).toBe(true);
  });
});

describe('isometric ladders step at most once per 48 h (CLINICAL 5)', () => {
  it.each([
    { dayNumber: 4, holdSeconds: 5, rule: 'progression.good-day' },
    { dayNumber: 5, holdSeconds: 6, rule: 'progression.hold-step' },
    { dayNumber: 6, holdSeconds: 6, rule: 'progression.good-day' },
    { dayNumber: 7, holdSeconds: 7, rule: 'progression.hold-step' },
  ])('the side-lying isometric holds $holdSeconds s on day $dayNumber after good days', (row) => {
    const course = phaseOneFromDayThree().goodDays(3, row.dayNumber - 1);
    course.checkIn(day(row.dayNumber), 1);
    const plan = course.plan(day(row.dayNumber));
    expect(dose(plan, 'sidelying-isometric-abduction').holdSeconds).toBe(row.holdSeconds);
    expect(ruleOf(plan, 'sidelying-isometric-abduction')).toBe(row.rule);
  });

  it('says why a good day did not step up', () => {
    const course = phaseOneFromDayThree().goodDays(3, 3);
    course.checkIn(day(4), 1);
    const decision = course
      .plan(day(4))
      .decisions.find((entry) => entry.subject === 'sidelying-isometric-abduction');
    expect(decision?.text.en).toMatch(/steps up at most once every 2 days/);
  });
});

describe('schedule.resistance-day: strength on 3 fixed days a week, never two days running', () => {
  const program = buildProgram({
    phaseOverrides: [{ phase: 2, effectiveFrom: day(7), author: THERAPIST, reason: 'test' }],
  });

  it.each([7, 8, 9, 10, 11, 12, 13])(
    'day %i is a strength day only on Monday, Wednesday or Friday',
    (offset) => {
      const plan = new CourseBuilder(program).plan(day(offset));
      const strengthDay = [1, 3, 5].includes(isoWeekday(day(offset)));
      expect(plan.isResistanceDay).toBe(strengthDay);
      expect(plan.exercises.some((exercise) => exercise.exerciseId === 'sidelying-abduction')).toBe(
        strengthDay,
      );
    },
  );

  it('follows the weekdays the therapist chose', () => {
    const plan = new CourseBuilder({ ...program, resistanceWeekdays: [2, 4, 6] }).plan(day(8));
    expect(isoWeekday(day(8))).toBe(2);
    expect(plan.isResistanceDay).toBe(true);
  });

  it('has no strength day before phase 2', () => {
    expect(new CourseBuilder().plan(day(7)).isResistanceDay).toBe(false);
  });
});

describe('progression.double-progression and progression.two-for-two', () => {
  const program = buildProgram({
    phaseOverrides: [{ phase: 2, effectiveFrom: day(7), author: THERAPIST, reason: 'test' }],
  });

  it('starts side-lying abduction at 2 x 10 with body weight', () => {
    expect(dose(new CourseBuilder(program).plan(day(7)), 'sidelying-abduction')).toMatchObject({
      sets: 2,
      reps: 10,
      loadKg: 0,
      loadKind: 'bodyweight',
    });
  });

  it('adds a rep when every set reached the target', () => {
    const course = new CourseBuilder(program).goodDays(7, 8);
    course.checkIn(day(9), 1);
    const plan = course.plan(day(9));
    expect(dose(plan, 'sidelying-abduction')).toMatchObject({ sets: 2, reps: 11 });
    expect(ruleOf(plan, 'sidelying-abduction')).toBe('progression.double-progression');
  });

  it('keeps the reps when a set fell short', () => {
    const course = new CourseBuilder(program);
    course.checkIn(day(7), 1);
    course.doSession(day(7), { pain: 1, extraReps: -3 });
    course.checkIn(day(8), 1);
    course.checkIn(day(9), 1);
    expect(dose(course.plan(day(9)), 'sidelying-abduction').reps).toBe(10);
  });

  it('under 5 kg takes the smallest step first: one more set, no load, back to 8 reps', () => {
    const course = new CourseBuilder(program).goodDays(7, 15, 1, { extraReps: 2 });
    course.checkIn(day(16), 1);
    const plan = course.plan(day(16));
    expect(dose(plan, 'sidelying-abduction')).toMatchObject({
      sets: 3,
      reps: 8,
      loadKg: 0,
      loadKind: 'bodyweight',
    });
    expect(ruleOf(plan, 'sidelying-abduction')).toBe('progression.two-for-two');
    expect(plan.decisions.find((entry) => entry.subject === 'sidelying-abduction')?.text.en).toMatch(
      /smallest step is one more set/,
    );
  });

  it('at the most sets adds 0.5 kg and drops to 8 reps, adding no set in the same session', () => {
    const atMostSets = buildProgram({
      ...program,
      doseEdits: [
        {
          exerciseId: 'sidelying-abduction',
          sets: 3,
          reps: 10,
          holdSeconds: null,
          effort: null,
          loadKg: null,
          loadKind: null,
          effectiveFrom: day(7),
          author: THERAPIST,
          reason: 'test',
        },
      ],
    });
    const course = new CourseBuilder(atMostSets).goodDays(7, 15, 1, { extraReps: 2 });
    course.checkIn(day(16), 1);
    const plan = course.plan(day(16));
    expect(dose(plan, 'sidelying-abduction')).toMatchObject({
      sets: 3,
      reps: 8,
      loadKg: 0.5,
      loadKind: 'ankle-weight',
    });
  });

  it('does not add load when pain was above 3 on one of the two sessions', () => {
    const course = new CourseBuilder(program).goodDays(7, 13, 1, { extraReps: 2 });
    course.checkIn(day(14), 1);
    course.doSession(day(14), { pain: 4, extraReps: 2 });
    course.goodDays(15, 15, 1, { extraReps: 2 });
    course.checkIn(day(16), 1);
    expect(dose(course.plan(day(16)), 'sidelying-abduction').loadKg).toBe(0);
  });
});

describe('therapist.dose-edit: a therapist dose wins and is reported as such', () => {
  it('prescribes the edited hold with the author and reason', () => {
    const course = phaseOneFromDayThree().goodDays(3, 4);
    course.program = {
      ...course.program,
      doseEdits: [
        {
          exerciseId: 'crossover-static',
          effectiveFrom: day(5),
          author: THERAPIST,
          reason: 'Tolerates longer holds',
          sets: 2,
          reps: null,
          holdSeconds: 25,
          effort: null,
          loadKg: null,
          loadKind: null,
        },
      ],
    };
    course.checkIn(day(5), 1);
    const plan = course.plan(day(5));
    expect(dose(plan, 'crossover-static')).toMatchObject({ sets: 2, holdSeconds: 25 });
    const decision = plan.decisions.find((candidate) => candidate.subject === 'crossover-static');
    expect(decision).toMatchObject({ ruleId: 'therapist.dose-edit', source: 'therapist', author: THERAPIST });
    expect(decision?.data.reason).toBe('Tolerates longer holds');
  });
});
