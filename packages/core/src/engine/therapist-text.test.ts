import { describe, expect, it } from 'vitest';
import type { ScreenAnswers } from '../history/history.js';
import { EXAMPLE_COURSES } from '../simulation/courses.js';
import { simulateCourse } from '../simulation/simulate-course.js';
import { buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';
import type { Alert } from './plan.js';

function redFlagScreen(date: string, yesCodes: readonly string[]): ScreenAnswers {
  const answers = Object.fromEntries(
    protocol.screens.redFlag.items.map((item) => [item.id, yesCodes.includes(item.code)]),
  );
  return { id: `rf-${date}`, date, answers };
}

function twoSetbacksInPhaseTwo() {
  const course = new CourseBuilder(
    buildProgram({
      phaseOverrides: [{ phase: 2, effectiveFrom: day(7), author: THERAPIST, reason: 'test' }],
    }),
  ).goodDays(7, 12);
  course.checkIn(day(13), { nextMorningPain: 3, worstPain24h: 3, walkingPain: 1 });
  course.doSession(day(13), { pain: 1, baselinePain: 1 });
  course.checkIn(day(14), { nextMorningPain: 6, worstPain24h: 6, walkingPain: 1 });
  return course;
}

const ofKind = (alerts: readonly Alert[], kind: Alert['kind']) => alerts.find((alert) => alert.kind === kind);

describe('alert.therapistMessage: the significant setback reads as a clinical finding', () => {
  it('states the pain, the phase the program dropped to and the contact task, with no referral', () => {
    const alert = ofKind(twoSetbacksInPhaseTwo().plan(day(14)).alerts, 'significant-setback');
    expect(alert?.therapistMessage.en).toBe(
      `Significant setback on ${day(14)}: pain 6/10 the morning after the session of ${day(13)} (baseline 1/10), 2 setbacks in 7 days; program dropped to phase 1 (never below phase 1 once exercise started). Task: contact the patient within 2 working days. Patient told calmly; no physician referral unless the flare has not settled in 14 days.`,
    );
    expect(alert?.therapistMessage.es).toContain('bajó a la fase 1');
  });

  it('keeps the patient-facing message apart', () => {
    const alert = ofKind(twoSetbacksInPhaseTwo().plan(day(14)).alerts, 'significant-setback');
    expect(alert?.message.en).toContain('told your therapist');
    expect(alert?.therapistMessage.en).not.toMatch(/\byour?\b/i);
  });
});

describe('alert.therapistMessage: every kind has one, in English and Spanish', () => {
  it('states a next-morning setback with its pain and baseline', () => {
    const course = new CourseBuilder().goodDays(3, 5);
    course.doSession(day(6), { pain: 1, baselinePain: 1 });
    course.checkIn(day(7), { nextMorningPain: 4, worstPain24h: 4, walkingPain: 1 });
    const alert = ofKind(course.plan(day(7)).alerts, 'setback');
    expect(alert?.therapistMessage.en).toMatch(/^Setback: morning pain 4\/10 after the session of/);
  });

  it('states a red flag with its items, the suspension and where the patient was sent', () => {
    const course = new CourseBuilder()
      .goodDays(3, 4)
      .add({ redFlagScreens: [redFlagScreen(day(5), ['B2'])] });
    const alert = ofKind(course.plan(day(5)).alerts, 'red-flag');
    expect(alert?.therapistMessage.en).toBe(
      `Red flag (urgent) on ${day(5)}: yes to item B2; program paused until reviewed; patient told to see a physician within 24 to 48 hours.`,
    );
  });

  it('reads "red flag with risk factor" when a risk factor was answered before', () => {
    const course = new CourseBuilder()
      .goodDays(3, 4)
      .add({ redFlagScreens: [redFlagScreen(day(0), ['C1']), redFlagScreen(day(5), ['B2'])] });
    const alert = ofKind(course.plan(day(5)).alerts, 'red-flag');
    expect(alert?.therapistMessage.en).toMatch(/^Red flag with risk factor \(C1\) \(urgent\)/);
  });

  it.each(EXAMPLE_COURSES.map((example) => ({ id: example.id, scenario: example.scenario })))(
    'writes one for every alert of the worked course $id, never addressed to the patient',
    (example) => {
      const alerts = simulateCourse(example.scenario(protocol)).plans.flatMap((plan) => plan.alerts);
      expect(alerts.length).toBeGreaterThan(0);
      for (const alert of alerts) {
        expect(alert.therapistMessage.en.length).toBeGreaterThan(0);
        expect(alert.therapistMessage.es.length).toBeGreaterThan(0);
        expect(alert.therapistMessage.en).not.toMatch(/\byour?\b/i);
      }
    },
  );
});
