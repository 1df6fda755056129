import { useState } from 'react';
import { ErrorNotice } from '../../ui/notices.js';
import { createCalendarFeed, exportLinks } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';

/** The patient's printable and machine-readable exports, in the language the clinician reads. */
export function ExportsSection(props: { patientId: string }) {
  const { t, locale } = useClinicI18n();
  const links = exportLinks(props.patientId, locale);
  const [feed, setFeed] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section class="panel" aria-labelledby="exports">
      <h2 id="exports">{t('exports.title')}</h2>
      <ul class="plain export-links">
        <li>
          <a href={links.handout} download>
            {t('exports.handout')}
          </a>
        </li>
        <li>
          <a href={links.physicianSummary} download>
            {t('exports.physician')}
          </a>
        </li>
        <li>
          <a href={links.fhir} download="fhir-bundle.json">
            {t('exports.fhir')}
          </a>
        </li>
      </ul>
      <p>
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            createCalendarFeed(props.patientId).then((created) => setFeed(created.url), setError)
          }
        >
          {t('exports.calendar')}
        </button>
      </p>
      <p class="hint">{t('exports.calendarHint')}</p>
      {feed && (
        <label class="field">
          <span>{t('exports.calendarUrl')}</span>
          <input type="text" readOnly value={feed} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}
