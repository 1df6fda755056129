import type { DayPlan, IsoDate } from '@minimus/core';
import { NetworkError } from '../../shared/api/client.js';
import { fetchPlans } from '../api.js';
import { readCached, storeCached } from '../offline/cache.js';

/** Plans the app keeps on the phone: today and the following days, so a week opens offline. */
export const PLAN_DAYS_AHEAD = 7;

function planKey(patientId: string, date: IsoDate): string {
  return `plan:${patientId}:${date}`;
}

export interface LoadedPlan {
  plan: DayPlan;
  fromDevice: boolean;
}

/** Today's plan from the server, keeping the next days on the phone; the phone's copy when offline. */
export async function loadPlan(patientId: string, date: IsoDate): Promise<LoadedPlan> {
  try {
    const plans = await fetchPlans(patientId, date, PLAN_DAYS_AHEAD);
    await Promise.all(plans.map((plan) => storeCached(planKey(patientId, plan.date), plan)));
    const plan = plans.find((candidate) => candidate.date === date) ?? plans[0];
    if (!plan) throw new Error(`no plan for ${date}`);
    return { plan, fromDevice: false };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    const stored = await readCached<DayPlan>(planKey(patientId, date));
    if (!stored) throw error;
    return { plan: stored, fromDevice: true };
  }
}
