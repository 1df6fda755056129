/**
 * Every time zone the browser knows, with this browser's own first (the usual answer for a clinic), and
 * the current value kept even when the browser does not list it.
 * @example timeZoneChoices('Europe/Madrid', ['Africa/Abidjan', 'Europe/Madrid'], 'UTC') // ['Europe/Madrid', 'UTC', 'Africa/Abidjan']
 */
export function timeZoneChoices(own: string, known: readonly string[], current: string): string[] {
  const first = current === own || known.includes(current) ? [own] : [own, current];
  return [...first, ...known.filter((zone) => !first.includes(zone))];
}

const KNOWN: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** A time zone chosen from a list, never typed: the browser's own zone first, then the rest A to Z. */
export function TimeZoneSelect(props: { label: string; value: string; onChange: (zone: string) => void }) {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const choices = timeZoneChoices(own, KNOWN, props.value);
  return (
    <label class="field">
      <span>{props.label}</span>
      <select required value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {choices.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}
