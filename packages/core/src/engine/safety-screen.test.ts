import { describe, expect, it } from 'vitest';
import type { ScreenAnswers } from '../history/history.js';
import { mostSeriousTier } from '../protocol/protocol.js';
import { buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';

const items = protocol.screens.redFlag.items;
const HEALTH = protocol.screens.redFlag.healthChange.id;

function screen(date: string, yesCodes: readonly string[], asked: 'all' | 'weekly' = 'all'): ScreenAnswers {
  const questions = items.filter((item) => asked === 'all' || item.weekly);
  const answers = Object.fromEntries(questions.map((item) => [item.id, yesCodes.includes(item.code)]));
  return { id: `rf-${date}-${yesCodes.join('')}`, date, answers };
}

describe('screen tier C: a risk factor never pauses and never sends anyone to a doctor', () => {
  it.each(items.filter((item) => item.tier === 'risk-factor').map((item) => ({ code: item.code })))(
    'a yes to $code keeps the program going and gives the therapist a task',
    ({ code }) => {
      const course = new CourseBuilder().goodDays(3, 4).add({ redFlagScreens: [screen(day(5), [code])] });
      const plan = course.plan(day(5));
      expect(plan.status).toBe('active');
      expect(plan.exercises.length).toBeGreaterThan(0);
      const risk = plan.alerts.filter((alert) => alert.kind === 'risk-factor');
      expect(risk).toEqual([
        expect.objectContaining({
          key: `risk-factor:${day(5)}`,
          physicianMessage: null,
          notifyTherapist: true,
        }),
      ]);
      expect(risk[0]?.therapistMessage.en).toContain(code);
      expect(plan.alerts.some((alert) => alert.physicianMessage !== null)).toBe(false);
    },
  );
});

describe('screen tier D: the therapist reviews within 2 working days, the program continues', () => {
  it.each(items.filter((item) => item.tier === 'therapist-review').map((item) => ({ code: item.code })))(
    'a yes to $code tells the patient the therapist will check it, and does not pause',
    ({ code }) => {
      const course = new CourseBuilder().goodDays(3, 4).add({ redFlagScreens: [screen(day(5), [code])] });
      const plan = course.plan(day(5));
      expect(plan.status).toBe('active');
      const review = plan.alerts.find((alert) => alert.kind === 'therapist-review');
      expect(review?.message.en).toContain('Your therapist will check this with you');
      expect(review?.therapistMessage.en).toContain('within 2 working days');
      expect(review?.physicianMessage).toBeNull();
    },
  );
});

describe('screen tiers A and B: a later all-clear never lifts a pause, only a therapist review does', () => {
  it.each([
    { code: 'A2', afterwards: [] as string[] },
    { code: 'B1', afterwards: [] as string[] },
    { code: 'B4', afterwards: ['C4'] },
  ])('after $code, an all-clear screen leaves the program paused until resumed', ({ code, afterwards }) => {
    const course = new CourseBuilder()
      .goodDays(3, 4)
      .add({ redFlagScreens: [screen(day(5), [code]), screen(day(6), afterwards)] });
    expect(course.plan(day(6)).status).toBe('suspended');
    expect(course.plan(day(12)).status).toBe('suspended');
    course.program = {
      ...course.program,
      signOffs: [
        { kind: 'resume-after-red-flag', effectiveFrom: day(13), author: THERAPIST, reason: 'GP: fine' },
      ],
    };
    expect(course.plan(day(13)).status).toBe('active');
  });
});

describe('screen.due: A and B weekly and after a setback; C and D once, reopened by a health change', () => {
  const base = () => new CourseBuilder().add({ redFlagScreens: [screen(day(0), [])] });
  it.each([
    {
      name: 'nothing answered yet',
      build: () => new CourseBuilder(),
      on: 0,
      expected: { redFlagScreen: true, historyScreen: true, healthChange: false },
    },
    {
      name: 'the onboarding screen the same day',
      build: base,
      on: 0,
      expected: { redFlagScreen: false, historyScreen: false, healthChange: false },
    },
    {
      name: 'a week after onboarding',
      build: base,
      on: 7,
      expected: { redFlagScreen: true, historyScreen: false, healthChange: false },
    },
    {
      name: 'a weekly screen a day ago, 29 days after onboarding',
      build: () => base().add({ redFlagScreens: [screen(day(28), [], 'weekly')] }),
      on: 29,
      expected: { redFlagScreen: false, historyScreen: false, healthChange: false },
    },
    {
      name: '30 days after onboarding',
      build: base,
      on: 30,
      expected: { historyScreen: false, healthChange: true },
    },
    {
      name: 'a yes to "has anything changed?"',
      build: () => base().add({ redFlagScreens: [{ id: 'h', date: day(30), answers: { [HEALTH]: true } }] }),
      on: 30,
      expected: { historyScreen: true, healthChange: false },
    },
    {
      name: 'a no to "has anything changed?"',
      build: () => base().add({ redFlagScreens: [{ id: 'h', date: day(30), answers: { [HEALTH]: false } }] }),
      on: 31,
      expected: { historyScreen: false, healthChange: false },
    },
    {
      name: 'C and D asked again after the yes',
      build: () =>
        base().add({
          redFlagScreens: [{ id: 'h', date: day(30), answers: { [HEALTH]: true } }, screen(day(30), [])],
        }),
      on: 31,
      expected: { historyScreen: false, healthChange: false },
    },
  ])('with $name', ({ build, on, expected }) => {
    expect(build().plan(day(on)).due).toMatchObject(expected);
  });

  it('asks A and B again the day after a setback, not C and D', () => {
    const course = new CourseBuilder(buildProgram())
      .add({ redFlagScreens: [screen(day(0), [])] })
      .goodDays(3, 5);
    course.add({ redFlagScreens: [screen(day(6), [], 'weekly')] });
    course.doSession(day(6), { pain: 1, baselinePain: 1 });
    expect(course.plan(day(6)).due.redFlagScreen).toBe(false);
    course.checkIn(day(7), { nextMorningPain: 4, worstPain24h: 4, walkingPain: 1 });
    expect(course.plan(day(7)).due).toMatchObject({ redFlagScreen: true, historyScreen: false });
  });
});

describe('mostSeriousTier: what the patient is told straight after answering', () => {
  const id = (code: string) => items.find((item) => item.code === code)?.id ?? code;
  it.each([
    { yes: [] as string[], tier: null },
    { yes: ['C4'], tier: 'risk-factor' },
    { yes: ['C4', 'D1'], tier: 'therapist-review' },
    { yes: ['C1', 'B1'], tier: 'urgent' },
    { yes: ['B2', 'A2', 'D3'], tier: 'emergency' },
  ])('yes to $yes gives $tier', ({ yes, tier }) => {
    const answers = Object.fromEntries(yes.map((code) => [id(code), true]));
    expect(mostSeriousTier(items, answers)).toBe(tier);
  });
});
