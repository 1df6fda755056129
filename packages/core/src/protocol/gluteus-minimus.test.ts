import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL as protocol } from './gluteus-minimus.js';
import { parseProtocol } from './schema.js';

/** Each threshold beside the CLINICAL.md section it comes from; a change here is a clinical change. */
const CLINICAL_THRESHOLDS: { section: string; actual: () => unknown; expected: unknown }[] = [
  {
    section: '5, phase 0 gate: rest 3 days (therapist 2-7), walking pain <= 3, therapist alerted by day 7',
    actual: () => protocol.gates.rest,
    expected: { restDaysDefault: 3, restDaysMin: 2, restDaysMax: 7, maxWalkingPain: 3, alertAfterDays: 7 },
  },
  {
    section: '5, tendinopathy phase 1 gate: >= 7 days, pain <= 5 and next morning within 1 on 3 of 4',
    actual: () => protocol.gates.tendinopathyLoading,
    expected: {
      minDaysInPhase: 7,
      maxExercisePain: 5,
      maxNextMorningRise: 1,
      goodSessions: 3,
      ofLastSessions: 4,
    },
  },
  {
    section: '4b, a screened tendinopathy confirmed by the therapist within 7 days',
    actual: () => protocol.gates.confirmConditionWithinDays,
    expected: 7,
  },
  {
    section: '5, maintenance: 2 sessions a week, check-in at 3 months',
    actual: () => protocol.gates.maintenance,
    expected: { sessionsPerWeek: 2, checkInAfterDays: 90 },
  },
  {
    section: '5, phase 1 gate "pain subsides"',
    actual: () => protocol.gates.painSubsides,
    expected: {
      minDaysInPhase: 5,
      lastLoggedDays: 3,
      maxWorstPain: 2,
      maxExercisePain: 3,
      setbackFreeDays: 7,
    },
  },
  {
    section: '5, phase 2 gate: 3 x 12 with >= 1.5 kg, exercise pain <= 2, 30 s single-leg stance',
    actual: () => protocol.gates.resistanceTarget,
    expected: { sets: 3, reps: 12, loadKgDefault: 1.5, maxExercisePain: 2, singleLegStanceSeconds: 30 },
  },
  {
    section: '5, discharge: >= 3 weeks in phase 3, PSFS mean 7 or +2.3, symmetry >= 90% where tested',
    actual: () => protocol.gates.discharge,
    expected: { minLimbSymmetryPercent: 90, minPsfsImprovement: 2.3, psfsTargetMean: 7, minDaysInPhase: 21 },
  },
  {
    section: '2, pain traffic light 0-2 green, 3-5 amber, 6-10 red (adapted from Silbernagel 2007)',
    actual: () => protocol.pain.trafficLight,
    expected: { greenMax: 2, amberMax: 5 },
  },
  {
    section: '6, setbacks and significant setbacks',
    actual: () => protocol.pain,
    expected: expect.objectContaining({
      exerciseStopAbove: 5,
      goodDayMaxExercisePain: 2,
      goodDayMaxExercisePainTendinopathy: 5,
      nextMorningRise: 2,
      setbackRegressionSessions: 2,
      weeklyMeanRise: 2,
      setbacksForSignificant: 2,
      setbackWindowDays: 7,
      noImprovementWeeks: 8,
      noImprovementMinChange: 2,
      adherentShare: 0.7,
      lowAdherenceShare: 0.5,
      lowAdherenceWeeks: 2,
      alertShownDays: 7,
    }),
  },
  {
    section: '5, resistance 3 days a week, never two running',
    actual: () => protocol.resistance,
    expected: { defaultWeekdays: [1, 3, 5], maxDaysPerWeek: 3 },
  },
  {
    section: '4c, STEADI falls checklist: 12 statements, 2 points for a fall or a cane, 4 or more positive',
    actual: () => [
      protocol.screens.falls.items.length,
      protocol.screens.falls.items.filter((item) => item.points === 2).map((item) => item.id),
      protocol.screens.falls.threshold,
    ],
    expected: [12, ['fallen-past-year', 'cane-or-walker'], 4],
  },
  { section: '4a, red flags weekly', actual: () => protocol.screens.redFlag.repeatEveryDays, expected: 7 },
  {
    section: '4b, tendinopathy: three or more yes, every 4 weeks',
    actual: () => [protocol.screens.tendinopathy.threshold, protocol.screens.tendinopathy.repeatEveryDays],
    expected: [3, 28],
  },
  {
    section: '7, NPRS minimal important change 2 points or 30% (Farrar 2001)',
    actual: () => protocol.outcomes.nprs,
    expected: { min: 0, max: 10, minimalImportantChange: 2, minimalImportantChangePercent: 30 },
  },
  {
    section: '7, PSFS (Stratford 1995; Abbott & Schmitt 2014)',
    actual: () => protocol.outcomes.psfs,
    expected: {
      maxActivities: 5,
      min: 0,
      max: 10,
      minimalImportantChange: { small: 1.3, medium: 2.3, large: 2.7 },
      minimalDetectableChange: 2,
      repeatEveryDays: 14,
    },
  },
  {
    section: '7, LEFS, VISA-G and HOOS as total scores only',
    actual: () => protocol.outcomes.totalScoreOnly,
    expected: [
      { id: 'LEFS', min: 0, max: 80, higherIsBetter: true },
      { id: 'VISA-G', min: 0, max: 100, higherIsBetter: true },
      { id: 'HOOS', min: 0, max: 100, higherIsBetter: true },
    ],
  },
  {
    section: '5, limb symmetry target',
    actual: () => protocol.outcomes.limbSymmetryTargetPercent,
    expected: 90,
  },
];

describe('GLUTEUS_MINIMUS_PROTOCOL', () => {
  it('is identified as gluteus-minimus 2.0.0', () => {
    expect([protocol.id, protocol.version]).toEqual(['gluteus-minimus', '2.0.0']);
  });

  it('passes its own schema', () => {
    const result = parseProtocol(protocol);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each(CLINICAL_THRESHOLDS)('matches CLINICAL.md section $section', ({ actual, expected }) => {
    expect(actual()).toEqual(expected);
  });

  it('describes phases 0 to 3 in order', () => {
    expect(protocol.phases.map((phase) => phase.phase)).toEqual([0, 1, 2, 3]);
  });
});

describe('the red-flag screen', () => {
  const items = protocol.screens.redFlag.items;

  it('asks the questions of CLINICAL.md 4a in four tiers: A1-A5, B1-B6, C1-C8, D1-D3', () => {
    expect(items.map((item) => item.code)).toEqual([
      ...['A1', 'A2', 'A3', 'A4', 'A5'],
      ...['B1', 'B2', 'B3', 'B4', 'B5', 'B6'],
      ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
      ...['D1', 'D2', 'D3'],
    ]);
  });

  it.each([
    { letter: 'A', tier: 'emergency', weekly: true },
    { letter: 'B', tier: 'urgent', weekly: true },
    { letter: 'C', tier: 'risk-factor', weekly: false },
    { letter: 'D', tier: 'therapist-review', weekly: false },
  ])('tier $letter is $tier and asked weekly: $weekly', ({ letter, tier, weekly }) => {
    const tierItems = items.filter((item) => item.code.startsWith(letter));
    expect(tierItems.length).toBeGreaterThan(0);
    for (const item of tierItems) expect({ tier: item.tier, weekly: item.weekly }).toEqual({ tier, weekly });
  });

  it('asks about fever only together with a hot hip or new, quickly worsening hip pain', () => {
    const fever = items.filter((item) => /fever/.test(item.question.en));
    expect(fever.map((item) => item.code)).toEqual(['A2']);
    expect(fever[0]?.question.en).toMatch(/together with new or quickly worsening hip pain/);
  });

  it('lists cancer, steroids, osteoporosis, diabetes, immunity, infection, injection and arthritis as risk factors only', () => {
    const risk = items.filter((item) => item.tier === 'risk-factor').map((item) => item.question.en);
    for (const word of [
      /cancer/,
      /steroid/,
      /osteoporosis/,
      /diabetes/,
      /immune/,
      /infection/,
      /injection/,
      /arthritis/,
    ])
      expect(risk.some((question) => word.test(question))).toBe(true);
    const pausing = items.filter((item) => item.tier === 'emergency' || item.tier === 'urgent');
    expect(pausing.some((item) => /cancer|diabetes/.test(item.question.en))).toBe(false);
  });

  it('tells the patient exactly where to go for each urgency', () => {
    const { emergency, urgent } = protocol.screens.redFlag.messages;
    expect(emergency.en).toMatch(/emergency department/);
    expect(emergency.es).toMatch(/urgencias/);
    expect(urgent.en).toMatch(/24 to 48 hours/);
    expect(urgent.es).toMatch(/24 a 48 horas/);
  });
});

describe('the tendinopathy screen', () => {
  it('asks the 7 questions of CLINICAL.md 4b with distinct ids', () => {
    const ids = protocol.screens.tendinopathy.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(7);
  });
});

describe('the education topics', () => {
  const byId = new Map(protocol.education.map((topic) => [topic.id, topic]));

  it.each([
    'gluteus-minimus',
    'pain-traffic-light',
    'load-management',
    'phases',
    'when-to-stop',
    'strain-vs-tendinopathy',
  ])('include %s with a citation', (id) => {
    expect(byId.get(id)?.evidence).toMatch(/\d{4}|NHS/);
  });

  it('state the corrected anatomy as a correction: the front fibres turn the thigh inwards', () => {
    const text =
      byId
        .get('gluteus-minimus')
        ?.paragraphs.map((paragraph) => paragraph.en)
        .join(' ') ?? '';
    expect(text).toMatch(/correction/i);
    expect(text).toMatch(/front fibres turn the thigh inwards/);
  });

  it('state the traffic light with the bands of CLINICAL.md section 2', () => {
    const text =
      byId
        .get('pain-traffic-light')
        ?.paragraphs.map((paragraph) => paragraph.en)
        .join(' ') ?? '';
    expect(text).toMatch(/Green, 0 to 2/);
    expect(text).toMatch(
      /Amber, 3 to 5: acceptable during and just after exercise if it settles by next morning/,
    );
    expect(text).toMatch(/Red, 6 to 10: stop that exercise today/);
    expect(text).toMatch(/a stretch feeling, not pain/);
  });

  it('attribute the traffic light as adapted from Silbernagel, and the 2-for-2 rule as our own', () => {
    expect(byId.get('pain-traffic-light')?.evidence).toMatch(/^Our rule, adapted from .*Silbernagel/);
    expect(byId.get('pain-traffic-light')?.paragraphs.at(-1)?.en).toMatch(/our rule, adapted from/);
    expect(byId.get('phases')?.evidence).toMatch(/2-for-2 rule is our own rule/);
    expect(
      byId
        .get('phases')
        ?.paragraphs.map((paragraph) => paragraph.en)
        .join(' '),
    ).toMatch(/simple rule of ours/);
  });

  it('put load management first for tendinopathy', () => {
    expect(byId.get('load-management')?.emphasisedFor).toContain('tendinopathy');
  });
});
