/** An ordinary link that moves within the clinician app without reloading it. */
export { AppLink as ClinicLink } from '../../shared/ui/app-link.js';
