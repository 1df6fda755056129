import type { RouteDefinition } from '../../shared/router.js';

/** Pages anyone may open, signed in or not. */
export const PUBLIC_ROUTES: readonly RouteDefinition[] = [
  { name: 'sign-in', pattern: '/sign-in' },
  { name: 'setup', pattern: '/setup' },
  { name: 'invite', pattern: '/invite/:token' },
  { name: 'invite', pattern: '/invitations/:token' },
  { name: 'forgot-password', pattern: '/forgot-password' },
  { name: 'reset-password', pattern: '/reset-password/:token' },
];

export const PATIENT_ROUTES: readonly RouteDefinition[] = [
  { name: 'today', pattern: '/' },
  { name: 'onboarding', pattern: '/onboarding' },
  { name: 'session', pattern: '/session' },
  { name: 'check-in', pattern: '/check-in' },
  { name: 're-screen', pattern: '/re-screen' },
  { name: 'psfs', pattern: '/psfs' },
  { name: 'progress', pattern: '/progress' },
  { name: 'learn', pattern: '/learn' },
  { name: 'messages', pattern: '/messages' },
  { name: 'settings', pattern: '/settings' },
];
