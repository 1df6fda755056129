import type { IsoDate } from '../calendar/calendar.js';
import type { PsfsEntry, StrengthTest } from '../history/history.js';
import type { OutcomeMeasures } from '../protocol/protocol.js';

/** PSFS mean score: the average of the activities' 0-10 ratings (Stratford 1995). */
export function psfsMeanScore(entry: PsfsEntry): number | null {
  if (entry.activities.length === 0) return null;
  const total = entry.activities.reduce((sum, activity) => sum + activity.score, 0);
  return total / entry.activities.length;
}

export type PsfsChangeSize = 'none' | 'small' | 'medium' | 'large';

export interface PsfsChange {
  baselineDate: IsoDate;
  latestDate: IsoDate;
  baselineMean: number;
  latestMean: number;
  change: number;
  /** Which minimal important change the improvement reaches (Abbott & Schmitt 2014). */
  size: PsfsChangeSize;
  /** Above the minimal detectable change of the mean score. */
  detectable: boolean;
}

/** Change of the PSFS mean score from the first entry (baseline) to the latest, judged against its MIC. */
export function psfsChange(entries: readonly PsfsEntry[], measures: OutcomeMeasures): PsfsChange | null {
  const baseline = entries[0];
  const latest = entries.at(-1);
  if (!baseline || !latest || baseline === latest) return null;
  const baselineMean = psfsMeanScore(baseline);
  const latestMean = psfsMeanScore(latest);
  if (baselineMean === null || latestMean === null) return null;
  // Rounded to a thousandth so that a change of exactly 1.3 is not read as 1.2999... and missed.
  const change = Math.round((latestMean - baselineMean) * 1000) / 1000;
  const mic = measures.psfs.minimalImportantChange;
  const size: PsfsChangeSize =
    change >= mic.large ? 'large' : change >= mic.medium ? 'medium' : change >= mic.small ? 'small' : 'none';
  return {
    baselineDate: baseline.date,
    latestDate: latest.date,
    baselineMean,
    latestMean,
    change,
    size,
    detectable: change >= measures.psfs.minimalDetectableChange,
  };
}

export interface LimbSymmetry {
  date: IsoDate;
  method: StrengthTest['method'];
  /** Injured side as a percentage of the uninjured side. */
  percent: number;
  meetsTarget: boolean;
}

/** Limb symmetry = injured / uninjured x 100 % for each strength test. */
export function limbSymmetry(tests: readonly StrengthTest[], measures: OutcomeMeasures): LimbSymmetry[] {
  return tests
    .filter((test) => test.uninjuredSide > 0 && test.method !== 'single-leg-stance')
    .map((test) => {
      const percent = (test.injuredSide / test.uninjuredSide) * 100;
      return {
        date: test.date,
        method: test.method,
        percent,
        meetsTarget: percent >= measures.limbSymmetryTargetPercent,
      };
    });
}
