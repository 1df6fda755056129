import { addDays, dateInWords, type Locale } from '@minimus/core';
import type { PainDay, PhysicianSummaryData } from './physician-data.js';

const WORDS = {
  en: {
    week: (from: string) => `Week from ${from}`,
    worst: 'worst in 24 h',
    morning: 'next morning',
  },
  es: {
    week: (from: string) => `Semana desde el ${from}`,
    worst: 'peor en 24 h',
    morning: 'mañana siguiente',
  },
} as const;

function values(days: readonly PainDay[], pick: (day: PainDay) => number | null): string {
  return days.map((day) => pick(day) ?? '–').join(' ');
}

/**
 * The last four weeks of pain as a physician scans it, one line a week: the worst pain of each day and
 * the next-morning pain, day by day ("–" where nothing was logged).
 */
export function recentPainLines(data: Pick<PhysicianSummaryData, 'recentPain'>, locale: Locale): string[] {
  const words = WORDS[locale];
  const lines: string[] = [];
  for (let start = 0; start < data.recentPain.length; start += 7) {
    const week = data.recentPain.slice(start, start + 7);
    const first = week[0];
    if (!first) continue;
    const last = week.at(-1)?.date ?? addDays(first.date, 6);
    const range = `${dateInWords(first.date)[locale]} – ${dateInWords(last)[locale]}`;
    lines.push(
      `${words.week(range)}: ${words.worst} ${values(week, (day) => day.worstPain24h)}; ${words.morning} ${values(week, (day) => day.nextMorningPain)}`,
    );
  }
  return lines;
}
