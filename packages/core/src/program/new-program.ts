import type { IsoDate } from '../calendar/calendar.js';
import type { Protocol } from '../protocol/protocol.js';
import type { Condition } from '../protocol/types.js';
import type { Program, ProgramSide } from './program.js';

export interface NewProgramInput {
  protocol: Protocol;
  injuryDate: IsoDate;
  startDate?: IsoDate;
  side: ProgramSide;
  timeZone: string;
  restDays?: number;
  /** Whether a therapist must confirm it before day 1; true unless told otherwise (CLINICAL 1). */
  requiresConfirmation?: boolean;
  /** A diagnosis the therapist records at the start, if any (the screens decide otherwise). */
  diagnosis?: { condition: Condition; author: string };
}

/** A fresh program on the protocol's defaults. */
export function newProgram(input: NewProgramInput): Program {
  const startDate = input.startDate ?? input.injuryDate;
  return {
    protocol: { id: input.protocol.id, version: input.protocol.version },
    injuryDate: input.injuryDate,
    startDate,
    side: input.side,
    timeZone: input.timeZone,
    requiresConfirmation: input.requiresConfirmation ?? true,
    restDays: input.restDays ?? input.protocol.gates.rest.restDaysDefault,
    resistanceWeekdays: null,
    resistanceTargetKg: null,
    enabledLoadKinds: [],
    diagnoses: input.diagnosis
      ? [
          {
            condition: input.diagnosis.condition,
            author: input.diagnosis.author,
            effectiveFrom: startDate,
            reason: 'Diagnosis at referral',
          },
        ]
      : [],
    selections: [],
    doseEdits: [],
    locks: [],
    phaseOverrides: [],
    signOffs: [],
  };
}
