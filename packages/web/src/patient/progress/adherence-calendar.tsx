import { addDays, daysBetween, type IsoDate, isoWeekday } from '@minimus/core';

const CELL = 18;
const GAP = 3;
const HEADER = 16;

/** Monday to Sunday in the reader's language, one or two letters each ("M", "T"... or "L", "M"...). */
function weekdayLetters(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'narrow', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day))));
}

/**
 * Weeks as rows under the weekdays' letters, Monday to Sunday: a filled square for each day with a
 * logged session, an empty one for a day without, and a faint one for a day with nothing planned (rest,
 * a pause), which is not a session missed.
 */
export function AdherenceCalendar(props: {
  title: string;
  from: IsoDate;
  to: IsoDate;
  sessionDates: ReadonlySet<IsoDate>;
  restDates: ReadonlySet<IsoDate>;
  locale: string;
  formatDate: (date: IsoDate) => string;
}) {
  const start = addDays(props.from, 1 - isoWeekday(props.from));
  const weeks = Math.floor(daysBetween(start, props.to) / 7) + 1;
  const cells = [];
  for (let week = 0; week < weeks; week += 1)
    for (let day = 0; day < 7; day += 1) {
      const date = addDays(start, week * 7 + day);
      if (date < props.from || date > props.to) continue;
      const done = props.sessionDates.has(date);
      const rest = !done && props.restDates.has(date);
      cells.push(
        <rect
          key={date}
          x={day * (CELL + GAP)}
          y={HEADER + week * (CELL + GAP)}
          width={CELL}
          height={CELL}
          rx={3}
          class={done ? 'day-done' : rest ? 'day-rest' : 'day-empty'}
        >
          <title>{props.formatDate(date)}</title>
        </rect>,
      );
    }
  const done = [...props.sessionDates].filter((date) => date >= props.from && date <= props.to).length;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${7 * (CELL + GAP)} ${HEADER + weeks * (CELL + GAP)}`}
        role="img"
        aria-label={`${props.title}: ${done}`}
        style={{ maxWidth: `${7 * (CELL + GAP) * 1.6}px` }}
      >
        {weekdayLetters(props.locale).map((letter, day) => (
          <text key={day} x={day * (CELL + GAP) + CELL / 2} y={HEADER - 4} class="axis" text-anchor="middle">
            {letter}
          </text>
        ))}
        {cells}
      </svg>
    </figure>
  );
}
