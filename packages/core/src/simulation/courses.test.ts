import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { CALM_FLARE_MESSAGE } from '../engine/alerts.js';
import { sortHistory } from '../history/sort-history.js';
import { GLUTEUS_MINIMUS_PROTOCOL as protocol } from '../protocol/gluteus-minimus.js';
import { summariseProgram } from '../summaries/program-summary.js';
import {
  bothSidesTendinopathy,
  COURSE_DAYS,
  recoveringStrain,
  strainWithSetback,
  tendinopathyCourse,
} from './courses.js';
import { type CourseScenario, simulateCourse } from './simulate-course.js';

function play(scenario: CourseScenario) {
  const result = simulateCourse(scenario);
  const summary = summariseProgram(
    { protocol, program: result.program, history: sortHistory(result.history) },
    scenario.program.startDate,
    addDays(scenario.program.startDate, COURSE_DAYS - 1),
  );
  return { ...result, summary };
}

describe('worked course: a muscle strain that recovers', () => {
  const course = play(recoveringStrain(protocol));

  it('moves through rest, phases 1, 2 and 3, then discharge, in order', () => {
    const phases = course.summary.timeline.map((segment) => `${segment.phase}:${segment.status}`);
    expect(phases).toEqual(['0:active', '1:active', '2:active', '3:active', '3:discharged']);
  });

  it('has no setback or red flag', () => {
    expect(course.summary.alerts.filter((alert) => alert.kind !== 'confirmation-needed')).toEqual([]);
  });

  it('adds load in the smallest steps: a third set before any weight, never a set and weight together', () => {
    const doses = course.summary.doses.filter((dose) => dose.exerciseId === 'sidelying-abduction');
    expect(Math.max(...doses.map((dose) => dose.loadKg))).toBeGreaterThanOrEqual(0.5);
    const firstLoaded = doses.find((dose) => dose.loadKg > 0);
    expect(firstLoaded?.sets).toBe(3);
    for (const [index, dose] of doses.entries()) {
      const before = doses[index - 1];
      if (before && dose.loadKg > before.loadKg) expect(dose.sets).toBe(before.sets);
    }
  });

  it('shows PSFS improvement above the medium minimal important change and symmetry of 90% or more', () => {
    expect(course.summary.psfs?.change).toBeGreaterThanOrEqual(2.3);
    expect(course.summary.limbSymmetry.at(-1)?.meetsTarget).toBe(true);
  });
});

describe('worked course: a strain with a setback and recovery', () => {
  const course = play(strainWithSetback(protocol));

  it('drops a phase on a significant setback and tells the patient calmly, without sending them to a doctor', () => {
    const drop = course.summary.timeline.find((segment) => segment.ruleId === 'setback.significant');
    expect(drop).toBeDefined();
    const alert = course.summary.alerts.find((candidate) => candidate.kind === 'significant-setback');
    expect(alert?.message).toEqual(CALM_FLARE_MESSAGE);
    expect(alert?.physicianMessage).toBeNull();
  });

  it('never returns to rest once exercise started, and never asks for the physician once the flare settled', () => {
    const firstExercise = course.plans.findIndex((plan) => plan.phase >= 1);
    expect(course.plans.slice(firstExercise).every((plan) => plan.phase >= 1)).toBe(true);
    const physician = course.plans.flatMap((plan) =>
      plan.alerts.filter((alert) => alert.physicianMessage !== null),
    );
    expect(physician).toEqual([]);
  });

  it('raises one significant-setback alert for the flare, however many days it is shown', () => {
    const keys = new Set(
      course.plans.flatMap((plan) =>
        plan.alerts.filter((alert) => alert.kind === 'significant-setback').map((alert) => alert.key),
      ),
    );
    expect(keys.size).toBe(1);
  });

  it('recovers to the phase it had before the setback', () => {
    const drop = course.summary.timeline.findIndex((segment) => segment.ruleId === 'setback.significant');
    const before = course.summary.timeline[drop - 1]?.phase ?? 0;
    expect(course.plans.at(-1)?.phase).toBeGreaterThanOrEqual(before);
  });

  it('regresses the exercises after each bad morning', () => {
    const regressions = course.plans.flatMap((plan) =>
      plan.decisions.filter((decision) => decision.ruleId === 'setback.next-morning'),
    );
    expect(regressions.length).toBeGreaterThan(0);
  });
});

describe('worked course: gluteal tendinopathy', () => {
  const course = play(tendinopathyCourse(protocol));
  const adduction = protocol.exercises
    .filter((exercise) => exercise.tags.includes('adduction'))
    .map((exercise) => exercise.id);

  it('skips the rest phase', () => {
    expect(course.summary.timeline[0]).toMatchObject({ phase: 1, ruleId: 'tendinopathy.no-rest-phase' });
  });

  it('never prescribes an adduction stretch and shows them locked every day', () => {
    for (const plan of course.plans) {
      expect(plan.exercises.filter((exercise) => adduction.includes(exercise.exerciseId))).toEqual([]);
      const tendonLocks = plan.locked.filter((locked) => locked.ruleId === 'tendinopathy.adduction-locked');
      expect(tendonLocks.map((locked) => locked.exerciseId).sort()).toEqual([...adduction].sort());
    }
  });

  it('holds side-stepping back for the positive falls screen until the therapist chooses it, with the support cue', () => {
    const before = course.plans.filter((plan) => plan.phase < 3 && plan.status === 'active');
    expect(before.length).toBeGreaterThan(0);
    for (const plan of before) {
      expect(plan.exercises.map((exercise) => exercise.exerciseId)).not.toContain('band-side-steps');
      expect(plan.locked).toContainEqual({
        exerciseId: 'band-side-steps',
        ruleId: 'falls.therapist-choice-needed',
      });
    }
    const chosen = course.plans.flatMap((plan) =>
      plan.exercises.filter((exercise) => exercise.exerciseId === 'band-side-steps'),
    );
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((exercise) => exercise.fallsPrecaution === 'hold-a-support')).toBe(true);
  });

  it('uses the neutral isometrics', () => {
    const prescribed = new Set(
      course.plans.flatMap((plan) => plan.exercises.map((exercise) => exercise.exerciseId)),
    );
    expect(prescribed.has('supine-isometric-abduction')).toBe(true);
    expect(prescribed.has('standing-isometric-abduction')).toBe(true);
  });
});

describe('worked course: gluteal tendinopathy of both hips', () => {
  const course = play(bothSidesTendinopathy(protocol));
  const firstLoad = (side: 'left' | 'right') =>
    course.summary.doses.find(
      (dose) => dose.exerciseId === 'sidelying-abduction' && dose.side === side && dose.loadKg > 0,
    )?.date;

  it('follows the tendinopathy pathway to discharge, with no rest phase', () => {
    const phases = course.summary.timeline.map((segment) => `${segment.phase}:${segment.status}`);
    expect(phases).toEqual(['1:active', '2:active', '3:active', '3:discharged']);
  });

  it('logs each leg of the one-leg exercises, and the both-leg ones once', () => {
    const sides = new Set(
      course.summary.doses
        .filter((dose) => dose.exerciseId === 'standing-isometric-abduction')
        .map((dose) => dose.side),
    );
    expect([...sides].sort()).toEqual(['left', 'right']);
    const belt = course.summary.doses.filter((dose) => dose.exerciseId === 'supine-isometric-abduction');
    expect(belt.every((dose) => dose.side === 'both')).toBe(true);
  });

  it('sends only the right leg back after its painful day, so the left leg reaches a load first', () => {
    const left = firstLoad('left');
    const right = firstLoad('right');
    expect(left).toBeDefined();
    expect(right).toBeDefined();
    expect((left ?? '') < (right ?? '')).toBe(true);
    const lastTolerated = course.plans.flatMap((plan) =>
      plan.decisions.filter((decision) => decision.ruleId === 'pain.last-tolerated-dose'),
    );
    expect(lastTolerated.map((decision) => decision.data.side)).toEqual(['right']);
  });

  it('asks no limb symmetry of a both-sides program', () => {
    expect(course.summary.limbSymmetry).toEqual([]);
    const discharge = course.plans
      .flatMap((plan) => plan.decisions)
      .findLast((decision) => decision.ruleId === 'gate.discharge' && decision.subject === 'phase');
    expect(course.history.strengthTests.some((test) => test.method === 'dynamometer')).toBe(true);
    expect(discharge?.data.limbSymmetryPercent).toBeNull();
    expect(discharge?.text.en).toContain('both sides treated, so the two legs are not compared');
  });
});
