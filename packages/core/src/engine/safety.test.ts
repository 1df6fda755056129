import { describe, expect, it } from 'vitest';
import type { ScreenAnswers } from '../history/history.js';
import { buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';
import { CALM_FLARE_MESSAGE } from './alerts.js';

function redFlagScreen(date: string, yesCodes: readonly string[]): ScreenAnswers {
  const answers = Object.fromEntries(
    protocol.screens.redFlag.items.map((item) => [item.id, yesCodes.includes(item.code)]),
  );
  return { id: `rf-${date}`, date, answers };
}

function tendinopathyScreen(date: string, yesCount: number): ScreenAnswers {
  const answers = Object.fromEntries(
    protocol.screens.tendinopathy.items.map((item, index) => [item.id, index < yesCount]),
  );
  return { id: `tp-${date}`, date, answers };
}

describe('red-flag.suspend: a yes in tier A or B pauses the program with its urgency', () => {
  it.each([
    { code: 'A1', urgency: 'emergency' },
    { code: 'A5', urgency: 'emergency' },
    { code: 'B1', urgency: 'urgent' },
    { code: 'B6', urgency: 'urgent' },
  ])('a yes to $code pauses with urgency $urgency and prescribes nothing', (row) => {
    const course = new CourseBuilder()
      .goodDays(3, 4)
      .add({ redFlagScreens: [redFlagScreen(day(5), [row.code])] });
    const plan = course.plan(day(5));
    expect(plan.status).toBe('suspended');
    expect(plan.exercises).toEqual([]);
    expect(plan.alerts).toEqual([
      expect.objectContaining({
        kind: 'red-flag',
        severity: row.urgency,
        notifyTherapist: true,
        ruleId: 'red-flag.suspend',
      }),
    ]);
    expect(plan.alerts[0]?.message).toEqual(
      protocol.screens.redFlag.messages[row.urgency as 'emergency' | 'urgent'],
    );
  });

  it('takes the emergency message when emergency and urgent items are both yes', () => {
    const course = new CourseBuilder().add({ redFlagScreens: [redFlagScreen(day(1), ['A2', 'B2'])] });
    expect(course.plan(day(1)).alerts[0]?.severity).toBe('emergency');
  });

  it('stays suspended after a later all-clear screen until the therapist resumes it', () => {
    const course = new CourseBuilder()
      .goodDays(3, 4)
      .add({ redFlagScreens: [redFlagScreen(day(5), ['B2']), redFlagScreen(day(6), [])] });
    expect(course.plan(day(7)).status).toBe('suspended');
    course.program = {
      ...course.program,
      signOffs: [
        {
          kind: 'resume-after-red-flag',
          effectiveFrom: day(8),
          author: THERAPIST,
          reason: 'Seen by GP, no concern',
        },
      ],
    };
    const plan = course.plan(day(8));
    expect(plan.status).toBe('active');
    expect(plan.decisions).toContainEqual(
      expect.objectContaining({ ruleId: 'red-flag.resumed', author: THERAPIST }),
    );
  });

  it('does not suspend on an all-no screen', () => {
    const course = new CourseBuilder().add({ redFlagScreens: [redFlagScreen(day(1), [])] });
    expect(course.plan(day(1)).status).toBe('active');
  });
});

describe('tendinopathy: 3 or more screen yes answers lock adduction and skip the rest phase', () => {
  it.each([
    { yes: 2, condition: 'muscle-strain', phase: 0 },
    { yes: 3, condition: 'tendinopathy', phase: 1 },
    { yes: 7, condition: 'tendinopathy', phase: 1 },
  ])('with $yes yes answers the condition is $condition and day 0 is phase $phase', (row) => {
    const course = new CourseBuilder().add({ tendinopathyScreens: [tendinopathyScreen(day(0), row.yes)] });
    const plan = course.plan(day(0));
    expect(plan.condition).toBe(row.condition);
    expect(plan.phase).toBe(row.phase);
  });

  it('prescribes neutral isometrics, locks the adduction stretches and asks the therapist to confirm', () => {
    const course = new CourseBuilder().add({ tendinopathyScreens: [tendinopathyScreen(day(0), 4)] });
    const plan = course.plan(day(1));
    const prescribed = plan.exercises.map((exercise) => exercise.exerciseId);
    expect(prescribed).toEqual(
      expect.arrayContaining([
        'supine-isometric-abduction',
        'standing-isometric-abduction',
        'bridge-progression',
        'squat-progression',
        'band-side-steps',
      ]),
    );
    const adduction = protocol.exercises
      .filter((exercise) => exercise.tags.includes('adduction'))
      .map((exercise) => exercise.id);
    expect(adduction.length).toBe(3);
    for (const id of adduction) expect(prescribed).not.toContain(id);
    expect(plan.locked.map((locked) => locked.exerciseId).sort()).toEqual([...adduction].sort());
    expect(plan.alerts).toContainEqual(
      expect.objectContaining({ kind: 'confirmation-needed', ruleId: 'condition.provisional' }),
    );
  });

  it('keeps adduction locked when a therapist unlocks it without recording a strain', () => {
    const course = new CourseBuilder(
      buildProgram({
        locks: [
          {
            exerciseId: 'crossover-static',
            locked: false,
            effectiveFrom: day(2),
            author: THERAPIST,
            reason: 'try',
          },
        ],
      }),
    ).add({ tendinopathyScreens: [tendinopathyScreen(day(0), 4)] });
    expect(course.plan(day(3)).exercises.map((exercise) => exercise.exerciseId)).not.toContain(
      'crossover-static',
    );
  });

  it('unlocks adduction once a therapist records a muscle strain after the screen', () => {
    const program = buildProgram({
      diagnoses: [
        {
          condition: 'muscle-strain',
          effectiveFrom: day(5),
          author: THERAPIST,
          reason: 'MRI: muscle strain',
        },
      ],
    });
    const course = new CourseBuilder(program).add({ tendinopathyScreens: [tendinopathyScreen(day(0), 4)] });
    expect(course.plan(day(4)).condition).toBe('tendinopathy');
    const plan = course.plan(day(5));
    expect(plan.condition).toBe('muscle-strain');
    expect(plan.exercises.map((exercise) => exercise.exerciseId)).toContain('crossover-static');
    expect(plan.decisions).toContainEqual(
      expect.objectContaining({ ruleId: 'condition.therapist-diagnosis', source: 'therapist' }),
    );
  });

  it('treats a therapist-recorded tendinopathy diagnosis like a positive screen', () => {
    const program = buildProgram({
      diagnoses: [
        { condition: 'tendinopathy', effectiveFrom: day(0), author: THERAPIST, reason: 'Ultrasound' },
      ],
    });
    const plan = new CourseBuilder(program).plan(day(0));
    expect(plan.condition).toBe('tendinopathy');
    expect(plan.locked).toHaveLength(3);
  });
});

describe('exercise.therapist-lock: a therapist can pause any exercise', () => {
  it('moves a locked exercise out of the plan with the therapist as author', () => {
    const program = buildProgram({
      locks: [
        {
          exerciseId: 'sidelying-isometric-abduction',
          locked: true,
          effectiveFrom: day(3),
          author: THERAPIST,
          reason: 'Cramp',
        },
      ],
    });
    const course = new CourseBuilder(program);
    course.checkIn(day(3), 1);
    const plan = course.plan(day(3));
    expect(plan.exercises.map((exercise) => exercise.exerciseId)).not.toContain(
      'sidelying-isometric-abduction',
    );
    expect(plan.locked).toContainEqual({
      exerciseId: 'sidelying-isometric-abduction',
      ruleId: 'exercise.therapist-lock',
    });
    expect(plan.decisions).toContainEqual(
      expect.objectContaining({ ruleId: 'exercise.therapist-lock', author: THERAPIST }),
    );
  });
});

describe('setback.significant: 2 setbacks in 7 days or weekly pain up 2 drops a phase, calmly', () => {
  const inPhaseTwo = () =>
    new CourseBuilder(
      buildProgram({
        phaseOverrides: [{ phase: 2, effectiveFrom: day(7), author: THERAPIST, reason: 'test' }],
      }),
    );

  it('drops one phase after two setbacks within 7 days, with the calm message and no physician message', () => {
    const course = inPhaseTwo().goodDays(7, 12);
    course.checkIn(day(13), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    course.doSession(day(13), { pain: 1, baselinePain: 1 });
    course.checkIn(day(14), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    const plan = course.plan(day(14));
    expect(plan.phase).toBe(1);
    expect(plan.phaseRuleId).toBe('setback.significant');
    const alert = plan.alerts.find((candidate) => candidate.kind === 'significant-setback');
    expect(alert?.notifyTherapist).toBe(true);
    expect(alert?.message).toEqual(CALM_FLARE_MESSAGE);
    expect(alert?.physicianMessage).toBeNull();
    expect(alert?.therapistMessage.en).toContain('contact the patient within 2 working days');
  });

  it('drops one phase when the weekly mean pain rises by 2', () => {
    const course = inPhaseTwo().goodDays(0, 13);
    for (let offset = 14; offset <= 20; offset += 1) {
      // The first morning stays at yesterday's baseline so that no next-morning setback blurs the weekly rule.
      course.checkIn(day(offset), {
        nextMorningPain: offset === 14 ? 1 : 4,
        worstPain24h: 4,
        walkingPain: 2,
      });
      course.doSession(day(offset), { pain: 2, baselinePain: 4 });
    }
    const plan = course.plan(day(20));
    expect(plan.phase).toBe(1);
    expect(plan.phaseRuleId).toBe('setback.significant');
  });

  it('drops only once for one episode', () => {
    const course = inPhaseTwo().goodDays(7, 12);
    course.checkIn(day(13), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    course.doSession(day(13), { pain: 1, baselinePain: 1 });
    course.checkIn(day(14), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    course.doSession(day(14), { pain: 1, baselinePain: 1 });
    course.goodDays(15, 17);
    expect(course.plan(day(17)).phase).toBe(1);
  });

  it('keeps showing the message for 7 days, then stops', () => {
    const course = inPhaseTwo().goodDays(7, 12);
    course.checkIn(day(13), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    course.doSession(day(13), { pain: 1, baselinePain: 1 });
    course.checkIn(day(14), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
    course.doSession(day(14), { pain: 1, baselinePain: 1 });
    course.goodDays(15, 22);
    const shown = (offset: number) =>
      course.plan(day(offset)).alerts.some((alert) => alert.kind === 'significant-setback');
    expect(shown(20)).toBe(true);
    expect(shown(21)).toBe(false);
  });
});

describe('review.no-improvement: 8 adherent weeks without a 2-point change asks for review', () => {
  function eightWeeks(painAt: (offset: number) => number) {
    const course = new CourseBuilder(
      buildProgram({
        phaseOverrides: [{ phase: 1, effectiveFrom: day(0), author: THERAPIST, reason: 'test' }],
      }),
    );
    for (let offset = 0; offset < 57; offset += 1) {
      const pain = painAt(offset);
      course.checkIn(day(offset), { nextMorningPain: pain, worstPain24h: pain, walkingPain: pain });
      course.doSession(day(offset), { pain: 2, baselinePain: pain });
    }
    return course.plan(day(57));
  }

  it('raises a review alert when pain stayed at 4', () => {
    const plan = eightWeeks(() => 4);
    expect(plan.alerts).toContainEqual(
      expect.objectContaining({ kind: 'no-improvement', notifyTherapist: true }),
    );
    expect(plan.decisions).toContainEqual(expect.objectContaining({ ruleId: 'review.no-improvement' }));
  });

  it('stays quiet when pain fell by 2 or more', () => {
    const plan = eightWeeks((offset) => (offset < 28 ? 5 : 3));
    expect(plan.alerts.some((alert) => alert.kind === 'no-improvement')).toBe(false);
  });
});

describe('therapist.phase-override: the therapist can set the phase', () => {
  it('sets the phase from its date and names the author', () => {
    const program = buildProgram({
      phaseOverrides: [
        { phase: 2, effectiveFrom: day(1), author: THERAPIST, reason: 'Athlete, early loading' },
      ],
    });
    const plan = new CourseBuilder(program).plan(day(2));
    expect(plan.phase).toBe(2);
    expect(plan.phaseRuleId).toBe('therapist.phase-override');
  });
});
