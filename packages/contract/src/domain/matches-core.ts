import type * as core from '@minimus/core';
import type { z } from 'zod';
import type { attentionReasonView } from '../patient-list.js';
import type { programChangeInput } from '../program-change.js';
import type { checkIn, outcomeScore, psfsEntry, screenAnswers, sessionLog, strengthTest } from './history.js';
import type { dayPlan, decision, planAlert, ruleId } from './plan.js';
import type { program } from './program.js';
import type { programSummary, psfsChange } from './summary.js';

/**
 * The domain shapes the API returns are written here as zod schemas so OpenAPI describes them in full;
 * these checks fail to compile when a schema and the @minimus/core type it describes drift apart.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

export type DomainSchemasMatchCore = [
  Holds<Same<z.infer<typeof dayPlan>, core.DayPlan>>,
  Holds<Same<z.infer<typeof decision>, core.Decision>>,
  Holds<Same<z.infer<typeof planAlert>, core.Alert>>,
  Holds<Same<z.infer<typeof ruleId>, core.RuleId>>,
  Holds<Same<z.infer<typeof program>, core.Program>>,
  Holds<Same<z.infer<typeof sessionLog>, core.SessionLog>>,
  Holds<Same<z.infer<typeof checkIn>, core.CheckIn>>,
  Holds<Same<z.infer<typeof screenAnswers>, core.ScreenAnswers>>,
  Holds<Same<z.infer<typeof psfsEntry>, core.PsfsEntry>>,
  Holds<Same<z.infer<typeof strengthTest>, core.StrengthTest>>,
  Holds<Same<z.infer<typeof outcomeScore>, core.OutcomeScore>>,
  Holds<Same<z.infer<typeof programSummary>, core.ProgramSummary>>,
  Holds<Same<z.infer<typeof psfsChange>, core.PsfsChange>>,
  Holds<Same<z.infer<typeof attentionReasonView>, core.AttentionReason>>,
];

type Change<K> = Extract<z.infer<typeof programChangeInput>, { kind: K }>;
/** What a change carries besides the author and date the server adds to it. */
type Decided<T> = Omit<T, keyof core.Attribution>;
type Asked<T> = Omit<T, 'kind' | 'reason' | 'effectiveFrom'>;

/** The program changes a therapist sends carry exactly the fields core records for them. */
export type ProgramChangesMatchCore = [
  Holds<Same<Asked<Change<'dose-edit'>>, Decided<core.DoseEdit>>>,
  Holds<Same<Asked<Change<'lock'>>, Decided<core.LockChange>>>,
  Holds<Same<Asked<Change<'diagnosis'>>, Decided<core.DiagnosisRecord>>>,
  Holds<Same<Asked<Change<'phase-override'>>, Decided<core.PhaseOverride>>>,
  Holds<Same<Asked<Change<'selection'>>, Decided<core.ExerciseSelectionChange>>>,
  Holds<Same<Change<'sign-off'>['signOff'], core.SignOffKind>>,
];
