// What leaves the system: pure functions from a loaded, authorised patient record to a file or a data object.
export { type CalendarEvent, type CalendarEventsInput, calendarEvents } from './calendar/calendar-events.js';
export { type CalendarFeedInput, calendarFeed } from './calendar/calendar-feed.js';
export { type FhirBundleInput, fhirBundle } from './fhir/fhir-bundle.js';
export { monitoringReportCsv } from './monitoring/monitoring-csv.js';
export {
  clinicMonitoringReport,
  type MonitoringPeriod,
  type MonitoringReport,
  type PatientMonitoring,
  patientMonitoring,
} from './monitoring/monitoring-report.js';
export { type ExportErrorCode, ExportInputError, type PatientRecord } from './patient-record.js';
export { type HandoutData, handoutData } from './pdf/handout-data.js';
export { handoutPdf } from './pdf/handout-pdf.js';
export { type PhysicianSummaryData, physicianSummaryData } from './pdf/physician-data.js';
export { physicianSummaryPdf } from './pdf/physician-pdf.js';
