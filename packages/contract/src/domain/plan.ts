import { EXERCISE_IDS } from '@minimus/core';
import { z } from 'zod';
import { condition, date, exerciseId, phaseNumber, side, text } from '../common.js';
import { prescription } from './history.js';

/** What the engine says about one day: `DayPlan` in @minimus/core, in full. */
export const RULE_IDS = [
  'program.start',
  'program.awaiting-confirmation',
  'gate.rest',
  'gate.pain-subsides',
  'gate.resistance-target',
  'gate.discharge',
  'condition.tendinopathy-screen',
  'condition.therapist-diagnosis',
  'condition.default',
  'tendinopathy.no-rest-phase',
  'tendinopathy.adduction-locked',
  'tendinopathy.neutral-isometrics',
  'exercise.selection',
  'exercise.therapist-lock',
  'schedule.resistance-day',
  'progression.start',
  'progression.hold-step',
  'progression.good-day',
  'progression.not-good-day',
  'progression.awaiting-next-morning',
  'progression.double-progression',
  'progression.two-for-two',
  'pain.exercise-stop',
  'pain.last-tolerated-dose',
  'setback.next-morning',
  'setback.regressed-sessions',
  'setback.significant',
  'setback.held',
  'setback.unsettled-flare',
  'screen.risk-factor',
  'screen.therapist-review',
  'therapist.physician-referral',
  'review.no-improvement',
  'red-flag.suspend',
  'red-flag.resumed',
  'message.safety-net',
  'therapist.phase-override',
  'therapist.dose-edit',
  'therapist.sign-off',
  'screen.due',
  'condition.provisional',
  'condition.diagnosis-in-force',
  'gate.rest-cap',
  'gate.tendinopathy-loading',
  'phase-3.awaiting-choice',
  'maintenance.plan',
  'maintenance.check-in',
  'maintenance.check-in-answer',
  'falls.screen-positive',
  'falls.needs-negative-screen',
  'falls.therapist-choice-needed',
  'falls.hold-a-support',
  'falls.bed-alternative',
  'adherence.two-low-weeks',
] as const;

export const ruleId = z
  .enum(RULE_IDS)
  .meta({ id: 'RuleId', description: 'A rule of the engine, by stable id' });
export const protocolRef = z.object({ id: z.string(), version: z.string() }).meta({ id: 'ProtocolRef' });
export const programStatus = z.enum(['awaiting-confirmation', 'active', 'suspended', 'discharged']);

const dataValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const decision = z
  .object({
    ruleId,
    subject: z.enum(['phase', 'condition', 'schedule', 'screen', 'status', 'review', ...EXERCISE_IDS]),
    source: z.enum(['engine', 'therapist']),
    author: z.string().nullable(),
    text,
    data: z.record(z.string(), dataValue).meta({ description: 'The data the rule read' }),
  })
  .meta({ id: 'Decision', description: 'One decision, the rule behind it and the data it rests on' });

export const alertKind = z.enum([
  'exercise-stopped',
  'setback',
  'significant-setback',
  'no-improvement',
  'red-flag',
  'risk-factor',
  'therapist-review',
  'physician-referral',
  'confirmation-needed',
  'message-warning-sign',
]);
export const alertSeverity = z.enum(['info', 'warning', 'emergency', 'urgent']);

export const planAlert = z
  .object({
    key: z.string().meta({ description: 'Stable identity: one stored alert per key' }),
    kind: alertKind,
    severity: alertSeverity,
    date,
    exerciseId: exerciseId.nullable(),
    ruleId,
    message: text,
    physicianMessage: text.nullable(),
    statusLine: text.nullable().meta({ description: 'The quiet line shown once the message has been seen' }),
    therapistMessage: text,
    notifyTherapist: z.boolean(),
  })
  .meta({ id: 'PlanAlert', description: 'An alert as the engine raises it on a plan' });

const plannedExercise = z.object({
  exerciseId,
  side: z.enum([...side.options, 'both']),
  frequency: z.enum(['daily', 'resistance-days']),
  prescription,
  stoppedToday: z.boolean(),
  doneToday: z.number().int(),
  fallsPrecaution: z.enum(['hold-a-support', 'bed-alternative']).nullable().meta({
    description:
      'With a positive falls screen: the "hold a support" cue, or the bed alternative offered instead of the floor',
  }),
});

export const dayPlan = z
  .object({
    date,
    protocol: protocolRef,
    status: programStatus,
    phase: phaseNumber,
    phaseStartDate: date,
    phaseRuleId: ruleId,
    lastPhaseDrop: z
      .object({ date, phase: phaseNumber, fromPhase: phaseNumber, fromStartDate: date })
      .nullable()
      .meta({ description: 'The latest significant-setback drop' }),
    condition,
    isResistanceDay: z.boolean(),
    exercises: z.array(plannedExercise).readonly(),
    locked: z.array(z.object({ exerciseId, ruleId })).readonly(),
    alerts: z.array(planAlert).readonly(),
    decisions: z.array(decision).readonly(),
    due: z.object({
      checkIn: z.boolean(),
      redFlagScreen: z.boolean(),
      historyScreen: z.boolean(),
      healthChange: z.boolean(),
      tendinopathyScreen: z.boolean(),
      fallsScreen: z.boolean(),
      maintenanceCheckIn: z.boolean(),
      psfs: z.boolean(),
    }),
    education: z
      .array(z.string())
      .readonly()
      .meta({ description: 'Education topic ids to show first today' }),
  })
  .meta({ id: 'DayPlan', description: 'The plan of one day: phase, exercises, alerts, and every decision' });

export type DayPlan = z.infer<typeof dayPlan>;
export type PlanAlert = z.infer<typeof planAlert>;
export type Decision = z.infer<typeof decision>;
export type RuleId = z.infer<typeof ruleId>;
