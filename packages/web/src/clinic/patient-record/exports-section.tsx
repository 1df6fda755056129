import { exportLinks } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { monitoringHref } from '../routes.js';
import { ClinicLink } from '../ui/clinic-link.js';
import { CalendarFeedControl } from './calendar-feed-control.js';

/** The patient's printable and machine-readable exports, in the language the clinician reads. */
export function ExportsSection(props: { patientId: string }) {
  const { t, locale } = useClinicI18n();
  const links = exportLinks(props.patientId, locale);
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
        <li>
          <ClinicLink href={monitoringHref(props.patientId)}>{t('monitoring.patientLink')}</ClinicLink>
        </li>
      </ul>
      <CalendarFeedControl patientId={props.patientId} />
    </section>
  );
}
