import { describe, expect, it } from 'vitest';
import type { PsfsEntry } from '../history/history.js';
import { buildCheckIn, buildProgram, CourseBuilder, day, protocol, THERAPIST } from '../testing/index.js';
import { limbSymmetry, psfsChange, psfsMeanScore } from './outcomes.js';
import { dataPeriods, daysWithoutExercise, summariseProgram } from './program-summary.js';

function psfs(date: string, scores: number[]): PsfsEntry {
  return {
    id: date,
    date,
    activities: scores.map((score, index) => ({ name: `Activity ${index + 1}`, score })),
  };
}

describe('PSFS change against its minimal important change (Abbott & Schmitt 2014)', () => {
  it.each([
    { baseline: [3, 3], latest: [4, 4], size: 'none' },
    { baseline: [3, 3], latest: [4.3, 4.3], size: 'small' },
    { baseline: [3, 3], latest: [5.3, 5.3], size: 'medium' },
    { baseline: [3, 3], latest: [6, 6], size: 'large' },
  ])('from $baseline to $latest is a $size change', (row) => {
    const change = psfsChange([psfs(day(0), row.baseline), psfs(day(14), row.latest)], protocol.outcomes);
    expect(change?.size).toBe(row.size);
  });

  it('averages the activities and marks a change of 2 as detectable', () => {
    expect(psfsMeanScore(psfs(day(0), [2, 4, 9]))).toBe(5);
    const change = psfsChange([psfs(day(0), [2]), psfs(day(14), [4])], protocol.outcomes);
    expect(change).toMatchObject({ change: 2, detectable: true });
  });

  it('needs a baseline and a later entry', () => {
    expect(psfsChange([psfs(day(0), [3])], protocol.outcomes)).toBeNull();
  });
});

describe('limb symmetry = injured / uninjured x 100%', () => {
  it.each([
    { injured: 180, uninjured: 200, percent: 90, meets: true },
    { injured: 170, uninjured: 200, percent: 85, meets: false },
    { injured: 12, uninjured: 10, percent: 120, meets: true },
  ])('$injured against $uninjured is $percent%', (row) => {
    const [result] = limbSymmetry(
      [
        {
          id: 't',
          date: day(1),
          method: 'dynamometer',
          injuredSide: row.injured,
          uninjuredSide: row.uninjured,
          loadKg: null,
          author: THERAPIST,
        },
      ],
      protocol.outcomes,
    );
    expect(result?.percent).toBeCloseTo(row.percent);
    expect(result?.meetsTarget).toBe(row.meets);
  });

  it('skips a test with nothing measured on the uninjured side', () => {
    const tests = [
      {
        id: 't',
        date: day(1),
        method: 'reps-at-load' as const,
        injuredSide: 5,
        uninjuredSide: 0,
        loadKg: 1,
        author: THERAPIST,
      },
    ];
    expect(limbSymmetry(tests, protocol.outcomes)).toEqual([]);
  });
});

describe('days with data in each 30-day period', () => {
  it('counts distinct days with any record and marks 16 or more', () => {
    const course = new CourseBuilder();
    for (let offset = 0; offset < 16; offset += 1) course.checkIn(day(offset), 2);
    course.add({ psfs: [psfs(day(3), [4])], checkIns: [buildCheckIn(day(31), 2)] });
    const periods = dataPeriods(course.input(day(40)).history, day(0), day(40));
    expect(periods).toEqual([
      { from: day(0), to: day(29), daysWithData: 16, meetsSixteenDays: true },
      { from: day(30), to: day(59), daysWithData: 1, meetsSixteenDays: false },
    ]);
  });
});

describe('program summary', () => {
  const course = new CourseBuilder(buildProgram()).goodDays(3, 16, 1);
  const summary = summariseProgram(
    { protocol, program: course.program, history: course.input(day(16)).history },
    day(0),
    day(16),
  );

  it('shares prescribed sessions done by week, with nothing prescribed in rest', () => {
    expect(summary.adherenceByWeek[0]).toMatchObject({ prescribedSessions: 4, doneSessions: 4, share: 1 });
    expect(summary.adherenceByWeek[1]?.share).toBe(1);
  });

  it('draws the phase timeline with the rule that began each phase', () => {
    expect(summary.timeline.map((segment) => [segment.phase, segment.from, segment.ruleId])).toEqual([
      [0, day(0), 'program.start'],
      [1, day(3), 'gate.rest'],
      [2, day(8), 'gate.pain-subsides'],
    ]);
  });

  it('tracks hold progression session by session', () => {
    const holds = summary.doses
      .filter((dose) => dose.exerciseId === 'crossover-static')
      .map((dose) => dose.holdSeconds);
    expect(holds.slice(0, 5)).toEqual([10, 15, 20, 25, 30]);
  });

  it('keeps one pain point per day with data', () => {
    expect(summary.pain).toHaveLength(14);
    expect(summary.pain[0]).toEqual({
      date: day(3),
      worstPain: 1,
      nextMorningPain: 1,
      highestExercisePain: 1,
    });
  });
});

/** Tiers A and B answered no: what the weekly screen asks. */
const WEEKLY_ALL_NO = Object.fromEntries(
  protocol.screens.redFlag.items.filter((item) => item.weekly).map((item) => [item.id, false]),
);

describe('screen.due: what to ask today', () => {
  it.each([
    {
      name: 'nothing asked yet',
      lastScreen: null,
      lastPsfs: null,
      expected: { redFlagScreen: true, psfs: true },
    },
    {
      name: 'screens 6 days old',
      lastScreen: 6,
      lastPsfs: 6,
      expected: { redFlagScreen: false, psfs: false },
    },
    {
      name: 'screens a week old',
      lastScreen: 7,
      lastPsfs: 13,
      expected: { redFlagScreen: true, psfs: false },
    },
    {
      name: 'PSFS two weeks old',
      lastScreen: 1,
      lastPsfs: 14,
      expected: { redFlagScreen: false, psfs: true },
    },
  ])('with $name', (row) => {
    const course = new CourseBuilder();
    if (row.lastScreen !== null)
      course.add({ redFlagScreens: [{ id: 'r', date: day(20 - row.lastScreen), answers: WEEKLY_ALL_NO }] });
    if (row.lastPsfs !== null) course.add({ psfs: [psfs(day(20 - row.lastPsfs), [3])] });
    expect(course.plan(day(20)).due).toMatchObject(row.expected);
  });

  it('asks for the morning check-in until one is logged today', () => {
    const course = new CourseBuilder();
    expect(course.plan(day(5)).due.checkIn).toBe(true);
    course.checkIn(day(5), 2);
    expect(course.plan(day(5)).due.checkIn).toBe(false);
  });
});

describe('days without exercise: rest, pause and end are not sessions missed', () => {
  const segment = (
    phase: 0 | 1 | 2,
    status: 'active' | 'suspended' | 'discharged',
    from: string,
    to: string,
  ) => ({
    phase,
    status,
    from,
    to,
    ruleId: 'program.start' as const,
  });
  it.each([
    {
      name: 'the rest before exercise',
      segments: [segment(0, 'active', '2026-03-01', '2026-03-03')],
      days: ['2026-03-01', '2026-03-02', '2026-03-03'],
    },
    { name: 'exercise days', segments: [segment(1, 'active', '2026-03-04', '2026-03-06')], days: [] },
    {
      name: 'a pause in phase 2',
      segments: [segment(2, 'suspended', '2026-03-07', '2026-03-08')],
      days: ['2026-03-07', '2026-03-08'],
    },
    {
      name: 'after discharge',
      segments: [segment(2, 'discharged', '2026-03-09', '2026-03-09')],
      days: ['2026-03-09'],
    },
  ])('$name', ({ segments, days }) => {
    expect([...daysWithoutExercise(segments)]).toEqual(days);
  });
});
