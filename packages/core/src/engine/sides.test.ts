import { describe, expect, it } from 'vitest';
import type { StrengthTest } from '../history/history.js';
import type { Program } from '../program/program.js';
import type { Condition } from '../protocol/types.js';
import {
  buildDayPlan,
  buildPlannedExercise,
  buildProgram,
  CourseBuilder,
  day,
  THERAPIST,
} from '../testing/index.js';
import { loggedSideMatch } from './logged-side.js';
import type { DayPlan } from './plan.js';
import { singleLegStanceMet } from './single-leg-stance.js';

const attribution = { author: THERAPIST, reason: 'r' };

/** A both-sides strain program under way in the given phase from day 0. */
function bothSides(
  phase: 1 | 2 | 3,
  overrides: Partial<Program> = {},
  condition: Condition = 'muscle-strain',
): Program {
  return buildProgram({
    side: 'both',
    diagnosis: { condition, author: THERAPIST },
    phaseOverrides: [{ ...attribution, phase, effectiveFrom: day(0) }],
    ...overrides,
  });
}

const sidesOf = (plan: DayPlan, exerciseId: string) =>
  plan.exercises.filter((exercise) => exercise.exerciseId === exerciseId).map((exercise) => exercise.side);

describe('program.both-sides: each leg of a both-sides program is prescribed (CLINICAL 4c)', () => {
  it.each([
    {
      exerciseId: 'sidelying-isometric-abduction',
      condition: 'muscle-strain',
      side: 'both',
      sides: ['left', 'right'],
    },
    { exerciseId: 'crossover-static', condition: 'muscle-strain', side: 'both', sides: ['left', 'right'] },
    {
      exerciseId: 'sidelying-isometric-abduction',
      condition: 'muscle-strain',
      side: 'left',
      sides: ['left'],
    },
    {
      exerciseId: 'standing-isometric-abduction',
      condition: 'tendinopathy',
      side: 'both',
      sides: ['left', 'right'],
    },
    { exerciseId: 'supine-isometric-abduction', condition: 'tendinopathy', side: 'both', sides: ['both'] },
    { exerciseId: 'bridge-progression', condition: 'tendinopathy', side: 'both', sides: ['both'] },
    { exerciseId: 'squat-progression', condition: 'tendinopathy', side: 'both', sides: ['both'] },
    { exerciseId: 'bridge-progression', condition: 'tendinopathy', side: 'right', sides: ['both'] },
  ] as const)('plans $exerciseId ($condition) for $sides on a program of side $side', (row) => {
    const program = bothSides(1, { side: row.side }, row.condition);
    const course = new CourseBuilder(program);
    const { exerciseId, sides } = row;
    expect(sidesOf(course.plan(day(1)), exerciseId)).toEqual(sides);
  });

  it('heads each leg’s dose decision with its leg', () => {
    const plan = new CourseBuilder(bothSides(1)).plan(day(1));
    const decisions = plan.decisions.filter((decision) => decision.subject === 'crossover-static');
    expect(decisions.map((decision) => decision.data.side)).toEqual(['left', 'right']);
    expect(decisions[0]?.text.en).toMatch(/^Left leg: /);
    expect(decisions[1]?.text.es).toMatch(/^Pierna derecha: /);
  });
});

describe('each leg progresses from its own logs', () => {
  it('stops and steps back only the leg whose pain went above 5', () => {
    const course = new CourseBuilder(bothSides(1)).goodDays(1, 4);
    course.checkIn(day(5), 1);
    course.doSession(day(5), { pain: 1 });
    // Redo the day with the left side-lying isometric at pain 7: a pain stop on that leg only.
    course.history = {
      ...course.history,
      sessionLogs: course.history.sessionLogs.map((session) =>
        session.date !== day(5)
          ? session
          : {
              ...session,
              exercises: session.exercises.map((log) =>
                log.exerciseId === 'sidelying-isometric-abduction' && log.side === 'left'
                  ? { ...log, painScore: 7 }
                  : log,
              ),
            },
      ),
    };
    const today = course.plan(day(5));
    const entry = (side: 'left' | 'right') =>
      today.exercises.find(
        (exercise) => exercise.exerciseId === 'sidelying-isometric-abduction' && exercise.side === side,
      );
    expect(entry('left')?.stoppedToday).toBe(true);
    expect(entry('right')?.stoppedToday).toBe(false);
    expect(today.alerts.map((alert) => alert.key)).toContain(
      `exercise-stopped:${day(5)}:sidelying-isometric-abduction:left`,
    );
    const tomorrow = course.checkIn(day(6), 1).plan(day(6));
    const next = (side: 'left' | 'right') =>
      tomorrow.exercises.find(
        (exercise) => exercise.exerciseId === 'sidelying-isometric-abduction' && exercise.side === side,
      );
    expect(
      tomorrow.decisions.find(
        (decision) => decision.subject === 'sidelying-isometric-abduction' && decision.data.side === 'left',
      )?.ruleId,
    ).toBe('pain.last-tolerated-dose');
    expect(next('left')?.prescription.holdSeconds).toBeLessThan(next('right')?.prescription.holdSeconds ?? 0);
  });
});

describe('a both-leg exercise splits into each leg at its one-leg stages', () => {
  it('does the both-leg bridge once, then the offset bridge on each leg', () => {
    const course = new CourseBuilder(bothSides(2, {}, 'tendinopathy'));
    const bridges: string[] = [];
    for (let offset = 0; offset <= 5; offset += 1) {
      course.checkIn(day(offset), 1);
      const plan = course.doSession(day(offset), { pain: 1 });
      bridges.push(
        plan.exercises
          .filter((exercise) => exercise.exerciseId === 'bridge-progression')
          .map((exercise) => `${exercise.side} ${exercise.prescription.variant?.en}`)
          .join(', '),
      );
    }
    expect(bridges[0]).toBe('both Double-leg bridge');
    expect(bridges[3]).toBe('both Double-leg bridge');
    expect(bridges[4]).toBe('left Offset bridge, right Offset bridge');
  });
});

describe('gate.resistance-target on a both-sides program: each leg against the target', () => {
  const stance = (left: number, right: number): StrengthTest => ({
    id: 'stance',
    date: day(3),
    method: 'single-leg-stance',
    injuredSide: left,
    uninjuredSide: right,
    loadKg: null,
    author: THERAPIST,
  });

  it.each([
    { left: 30, right: 30, holds: true },
    { left: 30, right: 20, holds: false },
    { left: 20, right: 30, holds: false },
  ])('a stance of left $left s and right $right s meets its part: $holds', ({ left, right, holds }) => {
    const course = new CourseBuilder(bothSides(2));
    course.add({ strengthTests: [stance(left, right)] });
    const gate = course
      .plan(day(4))
      .decisions.find((decision) => decision.ruleId === 'gate.resistance-target');
    expect(gate?.text.en).toContain(`left leg ${left} s, right leg ${right} s`);
    expect(gate?.data.singleLegStanceSeconds).toBe(left);
    expect(gate?.data.otherLegStanceSeconds).toBe(right);
    expect(gate?.text.en).toContain('on each leg');
    expect(singleLegStanceMet(course.input(day(4)), day(0), day(4)).met).toBe(holds);
  });
});

describe('gate.discharge: limb symmetry is no target when both sides are treated', () => {
  const dynamometer: StrengthTest = {
    id: 'force',
    date: day(2),
    method: 'dynamometer',
    injuredSide: 60,
    uninjuredSide: 100,
    loadKg: null,
    author: THERAPIST,
  };

  it.each([
    { side: 'right', symmetry: 60, text: 'strength of the injured side 60% of the other' },
    { side: 'both', symmetry: null, text: 'both sides treated, so the two legs are not compared' },
  ] as const)('on a program of side $side the symmetry is $symmetry', ({ side, symmetry, text }) => {
    const program =
      side === 'both'
        ? bothSides(3)
        : buildProgram({ side, phaseOverrides: [{ ...attribution, phase: 3, effectiveFrom: day(0) }] });
    const course = new CourseBuilder(program).add({ strengthTests: [dynamometer] });
    const gate = course.plan(day(4)).decisions.find((decision) => decision.ruleId === 'gate.discharge');
    expect(gate?.data.limbSymmetryPercent).toBe(symmetry);
    expect(gate?.text.en).toContain(text);
  });
});

describe('loggedSideMatch: a logged entry must name a side its plan has', () => {
  const plan = buildDayPlan([
    buildPlannedExercise({ exerciseId: 'sidelying-abduction', side: 'left' }),
    buildPlannedExercise({ exerciseId: 'sidelying-abduction', side: 'right' }),
    buildPlannedExercise({ exerciseId: 'bridge-progression', side: 'both' }),
  ]);
  it.each([
    { exerciseId: 'sidelying-abduction', side: 'left', kind: 'planned' },
    { exerciseId: 'sidelying-abduction', side: 'both', kind: 'side-not-planned' },
    { exerciseId: 'sidelying-abduction', side: undefined, kind: 'side-needed' },
    { exerciseId: 'bridge-progression', side: undefined, kind: 'planned' },
    { exerciseId: 'bridge-progression', side: 'left', kind: 'side-not-planned' },
    { exerciseId: 'hip-hitch', side: 'left', kind: 'not-planned' },
  ] as const)('$exerciseId on side $side is $kind', ({ exerciseId, side, kind }) => {
    expect(loggedSideMatch(plan, exerciseId, side).kind).toBe(kind);
  });
});
