import { useClinicI18n } from '../i18n/i18n.js';
import type { PatientRecord } from './patient-record.js';

/**
 * The falls screen (STEADI, CLINICAL 4c) and the check-in answers after discharge (CLINICAL 5), as the
 * engine scored and wrote them, newest first.
 */
export function ScreensSection(props: { record: PatientRecord }) {
  const { t, locale } = useClinicI18n();
  const { fallsScreens, maintenanceCheckIns } = props.record.summary;
  return (
    <section class="panel" aria-labelledby="screens" data-testid="screens-section">
      <h2 id="screens">{t('screens.title')}</h2>
      <h3>{t('screens.falls')}</h3>
      {fallsScreens.length === 0 ? (
        <p>{t('screens.noFalls')}</p>
      ) : (
        <ul>
          {[...fallsScreens].reverse().map((screen) => (
            <li key={screen.date} class={screen.positive ? 'status status-amber' : undefined}>
              {screen.words[locale]}
            </li>
          ))}
        </ul>
      )}
      {maintenanceCheckIns.length > 0 && (
        <>
          <h3>{t('screens.checkIns')}</h3>
          <ul>
            {[...maintenanceCheckIns].reverse().map((entry) => (
              <li key={entry.date} class={entry.trouble ? 'status status-amber' : undefined}>
                {entry.words[locale]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
