import type { IsoDate } from '../calendar/calendar.js';
import type { StrengthTest } from '../history/history.js';
import type { PlanInput } from './context.js';
import { between } from './history-window.js';

/**
 * The therapist-checked 30 s single-leg stance of the phase 2 gate (CLINICAL 5 and 7): the latest stance
 * test since the phase began, held with a level pelvis and pain 2 or less for the target seconds on the
 * injured side, or on each leg of a both-sides program (whose stance test holds the left leg's seconds as
 * `injuredSide` and the right leg's as `uninjuredSide`).
 */
export function singleLegStanceMet(
  input: PlanInput,
  phaseStart: IsoDate,
  day: IsoDate,
): { met: boolean; test: StrengthTest | null } {
  const target = input.protocol.gates.resistanceTarget.singleLegStanceSeconds;
  const test =
    between(input.history.strengthTests, phaseStart, day)
      .filter((entry) => entry.method === 'single-leg-stance')
      .at(-1) ?? null;
  if (!test) return { met: false, test };
  const met =
    input.program.side === 'both'
      ? test.injuredSide >= target && test.uninjuredSide >= target
      : test.injuredSide >= target;
  return { met, test };
}
