import { addDays, type IsoDate, isoWeekday } from '../calendar/calendar.js';
import type { SessionLog } from '../history/history.js';
import type { ExerciseId } from '../protocol/types.js';

/** One session of an exercise done with the camera: what it counted against what the patient logged. */
export interface CameraSession {
  date: IsoDate;
  exerciseId: ExerciseId;
  cameraReps: number;
  /** Repetitions logged for the same sets (the patient's confirmed or corrected count). */
  reportedReps: number;
  /** Highest peak angle of the session's counted repetitions, degrees; null when none was counted. */
  highestPeakDegrees: number | null;
}

/** A week's peak angles: a within-patient trend, never a range-of-motion measurement. */
export interface CameraWeek {
  /** Monday of the week. */
  weekStart: IsoDate;
  exerciseId: ExerciseId;
  /** Mean of the week's per-repetition peak angles, to a tenth of a degree. */
  meanPeakDegrees: number;
  countedReps: number;
}

/**
 * Every exercise a session logged with camera counts, oldest first.
 *
 * @example
 * cameraSessions(logs)[0] // { date: '2026-03-02', exerciseId: 'sidelying-abduction', cameraReps: 19, reportedReps: 20, highestPeakDegrees: 31.4 }
 */
export function cameraSessions(logs: readonly SessionLog[]): CameraSession[] {
  const sessions: CameraSession[] = [];
  for (const log of [...logs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)))
    for (const exercise of log.exercises) {
      const counted = exercise.sets.filter((set) => set.camera);
      if (counted.length === 0) continue;
      const peaks = counted.flatMap((set) => set.camera?.peakDegrees ?? []);
      sessions.push({
        date: log.date,
        exerciseId: exercise.exerciseId,
        cameraReps: counted.reduce((sum, set) => sum + (set.camera?.reps ?? 0), 0),
        reportedReps: counted.reduce((sum, set) => sum + (set.reps ?? 0), 0),
        highestPeakDegrees: peaks.length > 0 ? Math.max(...peaks) : null,
      });
    }
  return sessions;
}

/** The mean peak angle per week (Monday to Sunday) and exercise, oldest first; weeks without counts are absent. */
export function cameraWeeks(logs: readonly SessionLog[]): CameraWeek[] {
  const weeks = new Map<string, { weekStart: IsoDate; exerciseId: ExerciseId; peaks: number[] }>();
  for (const log of logs)
    for (const exercise of log.exercises) {
      const peaks = exercise.sets.flatMap((set) => set.camera?.peakDegrees ?? []);
      if (peaks.length === 0) continue;
      const weekStart = addDays(log.date, 1 - isoWeekday(log.date));
      const key = `${weekStart}:${exercise.exerciseId}`;
      const week = weeks.get(key) ?? { weekStart, exerciseId: exercise.exerciseId, peaks: [] };
      week.peaks.push(...peaks);
      weeks.set(key, week);
    }
  return [...weeks.values()]
    .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0))
    .map(({ weekStart, exerciseId, peaks }) => ({
      weekStart,
      exerciseId,
      meanPeakDegrees: Math.round((peaks.reduce((sum, peak) => sum + peak, 0) / peaks.length) * 10) / 10,
      countedReps: peaks.length,
    }));
}
