import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { DayPlan } from '../engine/plan.js';
import type { History } from '../history/history.js';
import { newProgram } from '../program/new-program.js';
import type { Program, SignOffKind } from '../program/program.js';
import type { Protocol } from '../protocol/protocol.js';
import type { ExerciseId } from '../protocol/types.js';
import type { CourseScenario, DayReport } from './simulate-course.js';

/** The four worked 12-week courses of docs/course-examples.md. */
export const COURSE_DAYS = 84;
const INJURY_DATE = '2026-03-02';
const THERAPIST = 'Dr. Alba Ruiz, PT';

function painReport(pain: number, day: number, overrides: Partial<DayReport> = {}): DayReport {
  const level = Math.max(0, Math.round(pain));
  return {
    morningPain: level,
    worstPain24h: level,
    walkingPain: level,
    baselinePain: level,
    exercisePain: () => Math.max(0, level - 1),
    checksIn: true,
    doesSession: day % 10 !== 9,
    extraRepsOnLastSet: 2,
    ...overrides,
  };
}

/** Pain easing from `start` to `end` over `days` days, then staying at `end`. */
function easing(start: number, end: number, days: number, day: number): number {
  return day >= days ? end : start + ((end - start) * day) / days;
}

function outcomeExtras(
  day: number,
  date: IsoDate,
  psfsMean: (day: number) => number,
  symmetryDay: number,
  symmetry: number,
): Partial<History> {
  const extras: { psfs?: History['psfs']; strengthTests?: History['strengthTests'] } = {};
  if (day % 14 === 0) {
    const score = Math.round(psfsMean(day) * 10) / 10;
    extras.psfs = [
      {
        id: `psfs-${day}`,
        date,
        activities: [
          { name: 'Climbing stairs', score },
          { name: 'Walking 30 minutes', score },
        ],
      },
    ];
  }
  if (day === symmetryDay) {
    extras.strengthTests = [
      {
        id: `strength-${day}`,
        date,
        method: 'dynamometer',
        injuredSide: symmetry,
        uninjuredSide: 100,
        loadKg: null,
        author: THERAPIST,
      },
    ];
  }
  return extras;
}

/** Two days' extras together, their strength tests in one list. */
function merged(a: Partial<History>, b: Partial<History>): Partial<History> {
  const strengthTests = [...(a.strengthTests ?? []), ...(b.strengthTests ?? [])];
  return { ...a, ...b, ...(strengthTests.length > 0 ? { strengthTests } : {}) };
}

/**
 * Screens every 4 weeks (weekly for tiers A and B): no red flag; the first `tendinopathyYes` tendinopathy
 * items answered yes; at onboarding the falls checklist with its first `fallsYes` one-point statements yes.
 */
function weeklyScreens(
  protocol: Protocol,
  date: IsoDate,
  day: number,
  tendinopathyYes: number,
  fallsYes = 0,
): Partial<History> {
  if (day % 7 !== 0) return {};
  const onePoint = protocol.screens.falls.items.filter((item) => item.points === 1);
  const falls =
    day === 0
      ? {
          fallsScreens: [
            {
              id: 'falls-0',
              date,
              answers: Object.fromEntries(
                protocol.screens.falls.items.map((item) => {
                  const index = onePoint.indexOf(item);
                  return [item.id, index >= 0 && index < fallsYes];
                }),
              ),
            },
          ],
        }
      : {};
  const redFlagItems = protocol.screens.redFlag.items.filter((item) => day === 0 || item.weekly);
  const tendinopathyItems = protocol.screens.tendinopathy.items;
  return {
    ...falls,
    redFlagScreens: [
      { id: `rf-${day}`, date, answers: Object.fromEntries(redFlagItems.map((item) => [item.id, false])) },
    ],
    tendinopathyScreens: [
      {
        id: `tp-${day}`,
        date,
        answers: Object.fromEntries(
          tendinopathyItems.map((item, index) => [item.id, index < tendinopathyYes]),
        ),
      },
    ],
  };
}

function signedOff(program: Program, kind: SignOffKind, date: IsoDate, reason: string): Program {
  if (program.signOffs.some((signOff) => signOff.kind === kind)) return program;
  return {
    ...program,
    signOffs: [...program.signOffs, { kind, author: THERAPIST, effectiveFrom: date, reason }],
  };
}

function chose(program: Program, exercises: readonly ExerciseId[], date: IsoDate): Program {
  const selections = exercises.map((exerciseId) => ({
    exerciseId,
    included: true,
    author: THERAPIST,
    effectiveFrom: date,
    reason: 'Phase 3 choice after review; falls screen negative',
  }));
  return { ...program, selections: [...program.selections, ...selections] };
}

/**
 * The therapist's part of a course: confirms a screened tendinopathy, at the week-7 review (day 49) signs
 * off the strength gate if the patient is still short of the load target, chooses the phase-3 exercises
 * on the day the task appears, and discharges once it is time.
 */
function therapistReviews(choices: readonly ExerciseId[], discharges = true) {
  return (day: number, date: IsoDate, plan: DayPlan, program: Program): Program => {
    const asked = (ruleId: string) => plan.alerts.some((alert) => alert.ruleId === ruleId);
    if (asked('condition.provisional') && day >= 3) {
      const diagnosis = {
        condition: 'tendinopathy' as const,
        author: THERAPIST,
        effectiveFrom: date,
        reason: 'Confirmed on examination',
      };
      return { ...program, diagnoses: [...program.diagnoses, diagnosis] };
    }
    if (asked('phase-3.awaiting-choice')) return chose(program, choices, date);
    if (asked('gate.rest-cap') && plan.phase === 0 && day >= 8) {
      const start = {
        phase: 1 as const,
        author: THERAPIST,
        effectiveFrom: date,
        reason: 'Rest capped at day 7: start the gentle exercises',
      };
      return { ...program, phaseOverrides: [...program.phaseOverrides, start] };
    }
    if (plan.phase === 2 && day >= 49)
      return signedOff(program, 'resistance-gate', date, 'Strong, level single-leg stance at review');
    if (discharges && plan.phase === 3 && day >= 75)
      return signedOff(program, 'discharge', date, 'Goals met');
    return program;
  };
}

/** The therapist checks the 30 s single-leg stance at the week-6 review (CLINICAL 5). */
function stanceCheck(day: number, date: IsoDate, seconds: number): Partial<History> {
  if (day !== 42) return {};
  return {
    strengthTests: [
      {
        id: `stance-${day}`,
        date,
        method: 'single-leg-stance',
        injuredSide: seconds,
        uninjuredSide: 30,
        loadKg: null,
        author: THERAPIST,
      },
    ],
  };
}

/** The therapist confirms the program on its first day, having reviewed the onboarding answers (CLINICAL 1). */
function confirmed(program: Program): Program {
  return {
    ...program,
    signOffs: [
      ...program.signOffs,
      {
        kind: 'program-confirmed',
        author: THERAPIST,
        effectiveFrom: program.startDate,
        reason: 'Onboarding answers reviewed',
      },
    ],
  };
}

/** A muscle strain that settles and recovers to discharge. */
export function recoveringStrain(protocol: Protocol): CourseScenario {
  return {
    protocol,
    program: confirmed(
      newProgram({
        protocol,
        injuryDate: INJURY_DATE,
        side: 'right',
        timeZone: 'Europe/Madrid',
        diagnosis: { condition: 'muscle-strain', author: THERAPIST },
      }),
    ),
    days: COURSE_DAYS,
    report: (day) => painReport(easing(5, 1, 28, day), day),
    extras: (day, date) => ({
      ...weeklyScreens(protocol, date, day, 1),
      ...merged(
        outcomeExtras(day, date, (d) => easing(3, 8.5, 70, d), 70, 93),
        stanceCheck(day, date, 30),
      ),
    }),
    therapist: therapistReviews(['squat-progression', 'bridge-progression', 'band-side-steps']),
  };
}

/** A strain that flares in phase 2 (two bad mornings in a week), drops a phase, then recovers. */
export function strainWithSetback(protocol: Protocol): CourseScenario {
  const flareDays = new Set([38, 41]);
  return {
    protocol,
    program: confirmed(
      newProgram({
        protocol,
        injuryDate: INJURY_DATE,
        side: 'left',
        timeZone: 'America/New_York',
        diagnosis: { condition: 'muscle-strain', author: THERAPIST },
      }),
    ),
    days: COURSE_DAYS,
    report: (day) => {
      const pain = day >= 38 && day < 48 ? 3 : easing(5, 1, 28, day);
      const morningAfterFlare = flareDays.has(day - 1);
      return painReport(pain, day, morningAfterFlare ? { morningPain: 5, worstPain24h: 5 } : {});
    },
    extras: (day, date) => ({
      ...weeklyScreens(protocol, date, day, 1),
      ...merged(
        outcomeExtras(day, date, (d) => easing(3, 7, 84, d), 80, 86),
        stanceCheck(day, date, 30),
      ),
    }),
    // Still in phase 3 at week 12: no discharge in this course.
    therapist: therapistReviews(['bridge-progression', 'hip-hitch'], false),
  };
}

/**
 * Lateral hip pain the screen identifies as gluteal tendinopathy: no rest phase, adduction stays locked.
 * The falls screen scores 4 points at onboarding, so side-stepping waits for the therapist's phase-3
 * choice and the squat shows the "hold a support" cue.
 */
export function tendinopathyCourse(protocol: Protocol): CourseScenario {
  return {
    protocol,
    program: confirmed(
      newProgram({
        protocol,
        injuryDate: INJURY_DATE,
        startDate: addDays(INJURY_DATE, 2),
        side: 'right',
        timeZone: 'Europe/Berlin',
      }),
    ),
    days: COURSE_DAYS,
    report: (day) => painReport(easing(5, 2, 42, day), day),
    extras: (day, date) => ({
      ...weeklyScreens(protocol, date, day, 4, 4),
      ...merged(
        outcomeExtras(day, date, (d) => easing(3, 6, 84, d), 84, 0),
        stanceCheck(day, date, 30),
      ),
    }),
    therapist: therapistReviews(['squat-progression', 'bridge-progression', 'band-side-steps']),
  };
}

/**
 * Gluteal tendinopathy of both hips (CLINICAL 4c), the right worse: each leg's exercises are done and
 * logged, and each leg progresses from its own logs. On day 30 the right side-lying lift hurts (6/10): it
 * stops that day and the right leg alone goes back to its last tolerated dose. The stance is checked on
 * each leg; a dynamometer test is recorded but no limb symmetry is asked of a both-sides program.
 */
export function bothSidesTendinopathy(protocol: Protocol): CourseScenario {
  const painfulDay = 30;
  return {
    protocol,
    program: confirmed(
      newProgram({
        protocol,
        injuryDate: INJURY_DATE,
        startDate: addDays(INJURY_DATE, 2),
        side: 'both',
        timeZone: 'Europe/Madrid',
      }),
    ),
    days: COURSE_DAYS,
    report: (day) => {
      const level = Math.max(0, Math.round(easing(5, 2, 42, day)));
      return painReport(easing(5, 2, 42, day), day, {
        exercisePain: (exerciseId, side) => {
          if (day === painfulDay && side === 'right' && exerciseId === 'sidelying-abduction') return 6;
          return side === 'left' ? Math.max(0, level - 2) : Math.max(0, level - 1);
        },
      });
    },
    extras: (day, date) => {
      const extras: Partial<History> = { ...weeklyScreens(protocol, date, day, 4) };
      const outcomes = outcomeExtras(day, date, (d) => easing(3, 7, 84, d), 70, 80);
      const stance = stanceCheck(day, date, 30);
      return { ...extras, ...merged(outcomes, stance) };
    },
    therapist: therapistReviews(['squat-progression', 'bridge-progression', 'band-side-steps']),
  };
}

export const EXAMPLE_COURSES = [
  { id: 'recovering-strain', title: 'A muscle strain that recovers', scenario: recoveringStrain },
  { id: 'strain-with-setback', title: 'A strain with a setback and recovery', scenario: strainWithSetback },
  {
    id: 'tendinopathy',
    title:
      'Gluteal tendinopathy with a positive falls screen: the adduction stretches stay locked, side-stepping waits for the therapist',
    scenario: tendinopathyCourse,
  },
  {
    id: 'both-sides-tendinopathy',
    title: 'Gluteal tendinopathy of both hips: each leg prescribed, logged and progressed on its own',
    scenario: bothSidesTendinopathy,
  },
] as const;
