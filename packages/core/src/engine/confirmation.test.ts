import { describe, expect, it } from 'vitest';
import type { ScreenAnswers } from '../history/history.js';
import { buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';

function riskScreen(date: string, yesCodes: readonly string[]): ScreenAnswers {
  const answers = Object.fromEntries(
    protocol.screens.redFlag.items.map((item) => [item.id, yesCodes.includes(item.code)]),
  );
  return { id: `rf-${date}`, date, answers };
}

const confirmedOn = (offset: number) => ({
  kind: 'program-confirmed' as const,
  effectiveFrom: day(offset),
  author: THERAPIST,
  reason: 'Onboarding answers reviewed; diabetes noted',
});

describe('program.awaiting-confirmation: no exercises until the therapist confirms (CLINICAL 1)', () => {
  it.each([
    { name: 'no confirmation', signOffs: [], on: 5, status: 'awaiting-confirmation', exercises: false },
    {
      name: 'a confirmation from day 4',
      signOffs: [confirmedOn(4)],
      on: 5,
      status: 'active',
      exercises: true,
    },
    {
      name: 'a confirmation from day 6',
      signOffs: [confirmedOn(6)],
      on: 5,
      status: 'awaiting-confirmation',
      exercises: false,
    },
  ])('with $name the plan of day 5 is $status', ({ signOffs, on, status, exercises }) => {
    const course = new CourseBuilder(buildProgram({ requiresConfirmation: true, signOffs }));
    course.checkIn(day(3), { walkingPain: 1 });
    const plan = course.plan(day(on));
    expect(plan.status).toBe(status);
    expect(plan.exercises.length > 0).toBe(exercises);
  });

  it('shows every education topic and "your therapist is reviewing your answers" meanwhile', () => {
    const plan = new CourseBuilder(buildProgram({ requiresConfirmation: true })).plan(day(4));
    expect(plan.education.length).toBe(protocol.education.length);
    expect(plan.decisions[0]).toMatchObject({ ruleId: 'program.awaiting-confirmation' });
    expect(plan.decisions[0]?.text.en).toMatch(/^Your therapist is reviewing your answers/);
    expect(plan.alerts).toContainEqual(
      expect.objectContaining({ key: 'confirm:program', kind: 'confirmation-needed', date: day(0) }),
    );
  });

  it('starts a patient with only a risk factor exercising once the therapist confirms', () => {
    const course = new CourseBuilder(buildProgram({ requiresConfirmation: true })).add({
      redFlagScreens: [riskScreen(day(0), ['C4'])],
    });
    const before = course.plan(day(0));
    expect(before.status).toBe('awaiting-confirmation');
    expect(before.alerts.map((alert) => alert.kind).sort()).toEqual(['confirmation-needed', 'risk-factor']);
    course.program = { ...course.program, signOffs: [confirmedOn(1)] };
    course.checkIn(day(3), { walkingPain: 1 });
    const after = course.plan(day(3));
    expect(after.status).toBe('active');
    expect(after.exercises.length).toBeGreaterThan(0);
  });

  it('still pauses for an emergency answered at onboarding, before any confirmation', () => {
    const course = new CourseBuilder(buildProgram({ requiresConfirmation: true })).add({
      redFlagScreens: [riskScreen(day(0), ['A3'])],
    });
    expect(course.plan(day(0)).status).toBe('suspended');
  });

  it('does not ask for it on a program begun before protocol 2.0', () => {
    expect(new CourseBuilder(buildProgram({ requiresConfirmation: false })).plan(day(0)).status).toBe(
      'active',
    );
  });
});
