import { matchRoute, type RouteDefinition, type RouteMatch } from '../shared/router.js';

/** Every clinician page lives under `/clinic`, which the server answers with clinician.html. */
export const CLINIC_BASE = '/clinic';

const ROUTES: readonly RouteDefinition[] = [
  { name: 'patients', pattern: '/clinic' },
  { name: 'sign-in', pattern: '/clinic/sign-in' },
  { name: 'patient', pattern: '/clinic/patients/:patientId' },
  { name: 'program', pattern: '/clinic/patients/:patientId/program' },
  { name: 'therapists', pattern: '/clinic/admin' },
  { name: 'audit', pattern: '/clinic/audit' },
  { name: 'monitoring', pattern: '/clinic/monitoring' },
  { name: 'patient-monitoring', pattern: '/clinic/patients/:patientId/monitoring' },
  { name: 'account', pattern: '/clinic/account' },
];

/**
 * The clinician page a path names; an unknown path under `/clinic` shows the patient list.
 * @example clinicRoute('/clinic/patients/p1/program') // { name: 'program', params: { patientId: 'p1' } }
 */
export function clinicRoute(path: string): RouteMatch {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return matchRoute(ROUTES, trimmed) ?? { name: 'patients', params: {} };
}

export const patientHref = (patientId: string) => `${CLINIC_BASE}/patients/${encodeURIComponent(patientId)}`;
export const programHref = (patientId: string) => `${patientHref(patientId)}/program`;
/** The 30-day monitoring report: one patient's, or the clinic's without an id. */
export const monitoringHref = (patientId?: string) =>
  patientId ? `${patientHref(patientId)}/monitoring` : `${CLINIC_BASE}/monitoring`;
