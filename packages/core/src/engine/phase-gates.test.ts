import { describe, expect, it } from 'vitest';
import { buildCheckIn, buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';

describe('gate.rest: rest days, then walking pain of 3 or less', () => {
  it.each([
    { offset: 2, walkingPain: 1, restDays: 3, phase: 0 },
    { offset: 3, walkingPain: 2, restDays: 3, phase: 1 },
    { offset: 3, walkingPain: 3, restDays: 3, phase: 1 },
    { offset: 3, walkingPain: 4, restDays: 3, phase: 0 },
    { offset: 4, walkingPain: 1, restDays: 5, phase: 0 },
    { offset: 5, walkingPain: 1, restDays: 5, phase: 1 },
  ])('on day $offset with walking pain $walkingPain and $restDays rest days the phase is $phase', (row) => {
    const course = new CourseBuilder(buildProgram({ restDays: row.restDays }));
    course.checkIn(day(row.offset), { walkingPain: row.walkingPain });
    const plan = course.plan(day(row.offset));
    expect(plan.phase).toBe(row.phase);
    expect(plan.exercises.length > 0).toBe(row.phase === 1);
  });

  it('stays in rest while walking pain has not been logged', () => {
    const plan = new CourseBuilder().plan(day(6));
    expect(plan.phase).toBe(0);
    const gate = plan.decisions.find((decision) => decision.ruleId === 'gate.rest');
    expect(gate?.data.walkingPain).toBeNull();
    expect(gate?.text.en).toContain('not logged yet');
  });

  it('explains the phase it starts with the rule and the data', () => {
    const course = new CourseBuilder();
    course.checkIn(day(3), { walkingPain: 2 });
    const plan = course.plan(day(3));
    expect(plan.phaseRuleId).toBe('gate.rest');
    expect(plan.phaseStartDate).toBe(day(3));
    const phaseDecision = plan.decisions.find((decision) => decision.subject === 'phase');
    expect(phaseDecision?.text.en).toBe(
      'Flexibility and gentle strength, since Thursday 5 March: rest days were done and walking was comfortable.',
    );
    expect(phaseDecision?.data.phase).toBe(1);
    expect(phaseDecision?.text.es).toMatch(/^Flexibilidad y fuerza suave, desde el jueves 5 de marzo/);
  });
});

describe('gate.pain-subsides: 5 days in phase 1, low pain on the last 3 logged days, no setback', () => {
  it('moves to phase 2 on the first day all of it holds', () => {
    const course = new CourseBuilder().goodDays(3, 7);
    course.checkIn(day(8), 1);
    const plan = course.plan(day(8));
    expect(plan.phase).toBe(2);
    expect(plan.phaseRuleId).toBe('gate.pain-subsides');
  });

  it.each([
    { name: 'fewer than 5 days in the phase', worst: 1, exercisePain: 1, until: 6, check: 7 },
    { name: 'worst pain 3 on a logged day', worst: 3, exercisePain: 1, until: 7, check: 8 },
    { name: 'exercise pain 4', worst: 1, exercisePain: 4, until: 7, check: 8 },
  ])('stays in phase 1 with $name', (row) => {
    const course = new CourseBuilder();
    course.checkIn(day(3), { walkingPain: 1, worstPain24h: 1, nextMorningPain: 1 });
    course.doSession(day(3), { pain: 1 });
    for (let offset = 4; offset <= row.until; offset += 1) {
      course.checkIn(day(offset), { walkingPain: 1, worstPain24h: row.worst, nextMorningPain: 1 });
      course.doSession(day(offset), { pain: row.exercisePain, baselinePain: 1 });
    }
    course.checkIn(day(row.check), { walkingPain: 1, worstPain24h: row.worst, nextMorningPain: 1 });
    expect(course.plan(day(row.check)).phase).toBe(1);
  });

  it('stays in phase 1 when a setback happened in the last 7 days', () => {
    const course = new CourseBuilder().goodDays(3, 6);
    course.checkIn(day(7), { nextMorningPain: 3, worstPain24h: 2, walkingPain: 1 });
    course.doSession(day(7), { pain: 1 });
    course.checkIn(day(8), 1);
    const plan = course.plan(day(8));
    expect(plan.phase).toBe(1);
    expect(
      plan.decisions.find((decision) => decision.ruleId === 'gate.pain-subsides')?.data.setbacksLast7Days,
    ).toBe(1);
  });
});

describe('gate.resistance-target: 3 x 12 side-lying lifts with 1.5 kg and pain 2 or less plus a 30 s single-leg stance, or a sign-off', () => {
  /** Phase 2 from day 7, with the therapist's single-leg stance check of `stanceSeconds` on day 7. */
  function inPhaseTwo(stanceSeconds: number | null = 30) {
    const course = new CourseBuilder(
      buildProgram({
        phaseOverrides: [{ phase: 2, effectiveFrom: day(7), author: THERAPIST, reason: 'test' }],
      }),
    );
    if (stanceSeconds === null) return course;
    return course.add({
      strengthTests: [
        {
          id: 'stance',
          date: day(7),
          method: 'single-leg-stance',
          injuredSide: stanceSeconds,
          uninjuredSide: 30,
          loadKg: null,
          author: THERAPIST,
        },
      ],
    });
  }

  /** Logs one side-lying abduction session on day 7 (a Monday) with the given result. */
  function attempt(course: CourseBuilder, row: { sets: number; reps: number; loadKg: number; pain: number }) {
    const planned = course
      .plan(day(7))
      .exercises.find((exercise) => exercise.exerciseId === 'sidelying-abduction');
    if (!planned) throw new Error('side-lying abduction is prescribed on Mondays in phase 2');
    course.add({
      sessionLogs: [
        {
          id: 'attempt',
          date: day(7),
          stamp: { phase: 2, phaseStartDate: day(7), phaseRuleId: 'therapist.phase-override' },
          baselinePain: 1,
          exercises: [
            {
              exerciseId: 'sidelying-abduction',
              prescription: planned.prescription,
              sets: Array.from({ length: row.sets }, () => ({
                reps: row.reps,
                holdSeconds: null,
                loadKg: row.loadKg,
              })),
              painScore: row.pain,
              stoppedEarly: false,
            },
          ],
        },
      ],
    });
    course.checkIn(day(8), 1);
    return course.plan(day(8));
  }

  it('moves to phase 3 the day after the target is reached', () => {
    const plan = attempt(inPhaseTwo(), { sets: 3, reps: 12, loadKg: 1.5, pain: 2 });
    expect(plan.phase).toBe(3);
    expect(plan.phaseRuleId).toBe('gate.resistance-target');
  });

  it.each([
    { sets: 2, reps: 12, loadKg: 1.5, pain: 1 },
    { sets: 3, reps: 11, loadKg: 1.5, pain: 1 },
    { sets: 3, reps: 12, loadKg: 1, pain: 1 },
    { sets: 3, reps: 12, loadKg: 1.5, pain: 3 },
  ])('stays in phase 2 after $sets x $reps with $loadKg kg at pain $pain', (row) => {
    expect(attempt(inPhaseTwo(), row).phase).toBe(2);
  });

  it.each([
    { stance: null, why: 'no single-leg stance checked' },
    { stance: 20, why: 'a single-leg stance of 20 s' },
  ])('stays in phase 2 at the strength target with $why', (row) => {
    const plan = attempt(inPhaseTwo(row.stance), { sets: 3, reps: 12, loadKg: 1.5, pain: 1 });
    expect(plan.phase).toBe(2);
    expect(plan.decisions.find((decision) => decision.ruleId === 'gate.resistance-target')?.text.en).toMatch(
      /single-leg stance .*needs 30 s, level pelvis, pain 2 or less, checked by your therapist/,
    );
  });

  it('uses the therapist target load when one is set', () => {
    const course = inPhaseTwo();
    course.program = { ...course.program, resistanceTargetKg: 1 };
    expect(attempt(course, { sets: 3, reps: 12, loadKg: 1, pain: 1 }).phase).toBe(3);
  });

  it('moves to phase 3 on a therapist sign-off, reported with its author', () => {
    const course = inPhaseTwo();
    course.program = {
      ...course.program,
      signOffs: [
        { kind: 'resistance-gate', effectiveFrom: day(10), author: THERAPIST, reason: 'Strong enough' },
      ],
    };
    const plan = course.plan(day(10));
    expect(plan.phase).toBe(3);
    expect(plan.decisions.find((decision) => decision.subject === 'phase')?.data.author).toBe(THERAPIST);
  });
});

describe('gate.discharge: a therapist sign-off after at least 3 weeks in phase 3', () => {
  it.each([
    { signOffDay: 61, dischargedOn: 61, why: 'a sign-off 21 days into phase 3 discharges that day' },
    { signOffDay: 50, dischargedOn: 61, why: 'a sign-off 10 days into phase 3 waits for the 21st day' },
  ])('$why', (row) => {
    const program = buildProgram({
      phaseOverrides: [{ phase: 3, effectiveFrom: day(40), author: THERAPIST, reason: 'test' }],
      signOffs: [
        { kind: 'discharge', effectiveFrom: day(row.signOffDay), author: THERAPIST, reason: 'Goals met' },
      ],
    });
    const course = new CourseBuilder(program);
    expect(course.plan(day(row.dischargedOn - 1)).status).toBe('active');
    expect(course.plan(day(row.dischargedOn)).status).toBe('discharged');
  });

  it('reports limb symmetry and PSFS change against their targets', () => {
    const program = buildProgram({
      phaseOverrides: [{ phase: 3, effectiveFrom: day(40), author: THERAPIST, reason: 'test' }],
    });
    const course = new CourseBuilder(program).add({
      psfs: [
        { id: 'p1', date: day(1), activities: [{ name: 'Stairs', score: 3 }] },
        { id: 'p2', date: day(41), activities: [{ name: 'Stairs', score: 6 }] },
      ],
      strengthTests: [
        {
          id: 't',
          date: day(41),
          method: 'dynamometer',
          injuredSide: 180,
          uninjuredSide: 200,
          loadKg: null,
          author: THERAPIST,
        },
      ],
    });
    const gate = course.plan(day(42)).decisions.find((decision) => decision.ruleId === 'gate.discharge');
    expect(gate?.data).toMatchObject({
      limbSymmetryPercent: 90,
      symmetryMet: true,
      psfsChange: 3,
      psfsMet: true,
    });
  });
});

describe('protocol thresholds drive the gates', () => {
  it('uses the rest-phase threshold of the protocol', () => {
    expect(protocol.gates.rest.maxWalkingPain).toBe(3);
    const course = new CourseBuilder();
    course.add({ checkIns: [buildCheckIn(day(3), { walkingPain: protocol.gates.rest.maxWalkingPain + 1 })] });
    expect(course.plan(day(3)).phase).toBe(0);
  });
});
