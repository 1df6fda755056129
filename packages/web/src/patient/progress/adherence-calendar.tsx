import { addDays, daysBetween, type IsoDate, isoWeekday } from '@minimus/core';

const CELL = 18;

/** Weeks as rows, Monday to Sunday: a filled square for each day with a logged session. */
export function AdherenceCalendar(props: {
  title: string;
  from: IsoDate;
  to: IsoDate;
  sessionDates: ReadonlySet<IsoDate>;
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
      cells.push(
        <rect
          key={date}
          x={day * (CELL + 3)}
          y={week * (CELL + 3)}
          width={CELL}
          height={CELL}
          rx={3}
          class={done ? 'day-done' : 'day-empty'}
        >
          <title>{props.formatDate(date)}</title>
        </rect>,
      );
    }
  const done = [...props.sessionDates].filter((date) => date >= props.from && date <= props.to).length;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${7 * (CELL + 3)} ${weeks * (CELL + 3)}`}
        role="img"
        aria-label={`${props.title}: ${done}`}
        style={{ maxWidth: `${7 * (CELL + 3) * 1.6}px` }}
      >
        {cells}
      </svg>
    </figure>
  );
}
