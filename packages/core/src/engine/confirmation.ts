import type { IsoDate } from '../calendar/calendar.js';
import { latestEffective, type PlanInput } from './context.js';

/**
 * Whether the program still waits for the therapist's confirmation on `date` (CLINICAL 1): a program
 * that requires it shows education and no exercises until a `program-confirmed` sign-off takes effect.
 *
 * @example
 * awaitingConfirmation({ protocol, program: { ...program, requiresConfirmation: true }, history, date }, date); // true
 */
export function awaitingConfirmation(input: Pick<PlanInput, 'program'>, date: IsoDate): boolean {
  if (!input.program.requiresConfirmation) return false;
  return !latestEffective(input.program.signOffs, date, (entry) => entry.kind === 'program-confirmed');
}
