import { describe, expect, it } from 'vitest';
import { clinicRoute, monitoringHref, patientHref, programHref } from './routes.js';

describe('clinicRoute', () => {
  it.each([
    { path: '/clinic', expected: { name: 'patients', params: {} } },
    { path: '/clinic/', expected: { name: 'patients', params: {} } },
    { path: '/clinic/sign-in', expected: { name: 'sign-in', params: {} } },
    { path: '/clinic/patients/p-1', expected: { name: 'patient', params: { patientId: 'p-1' } } },
    { path: '/clinic/patients/p-1/program', expected: { name: 'program', params: { patientId: 'p-1' } } },
    { path: '/clinic/admin', expected: { name: 'therapists', params: {} } },
    { path: '/clinic/audit', expected: { name: 'audit', params: {} } },
    { path: '/clinic/monitoring', expected: { name: 'monitoring', params: {} } },
    {
      path: '/clinic/patients/p-1/monitoring',
      expected: { name: 'patient-monitoring', params: { patientId: 'p-1' } },
    },
    { path: '/clinic/account', expected: { name: 'account', params: {} } },
    { path: '/clinic/unknown/page', expected: { name: 'patients', params: {} } },
  ])('reads $path as the $expected.name page', ({ path, expected }) => {
    expect(clinicRoute(path)).toEqual(expected);
  });

  it('round-trips the links it makes, ids with reserved characters included', () => {
    expect(clinicRoute(patientHref('a/b c')).params.patientId).toBe('a/b c');
    expect(clinicRoute(programHref('a/b c'))).toEqual({ name: 'program', params: { patientId: 'a/b c' } });
    expect(clinicRoute(monitoringHref('a/b c'))).toEqual({
      name: 'patient-monitoring',
      params: { patientId: 'a/b c' },
    });
    expect(clinicRoute(monitoringHref()).name).toBe('monitoring');
  });
});
