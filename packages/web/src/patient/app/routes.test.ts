import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../shared/router.js';
import { PATIENT_ROUTES, PUBLIC_ROUTES } from './routes.js';

describe('matchRoute', () => {
  it.each([
    { path: '/', expected: { name: 'today', params: {} } },
    { path: '/progress', expected: { name: 'progress', params: {} } },
    { path: '/progress/', expected: { name: 'progress', params: {} } },
    { path: '/nowhere', expected: null },
  ])('patient page $path', ({ path, expected }) => {
    expect(matchRoute(PATIENT_ROUTES, path)).toEqual(expected);
  });

  it.each([
    { path: '/invite/abc%20d', expected: { name: 'invite', params: { token: 'abc d' } } },
    { path: '/sign-in', expected: { name: 'sign-in', params: {} } },
    { path: '/invite', expected: null },
  ])('public page $path', ({ path, expected }) => {
    expect(matchRoute(PUBLIC_ROUTES, path)).toEqual(expected);
  });
});
