import type { Locale } from '@minimus/core';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { fetchMe, fetchProtocol } from '../api/endpoints.js';
import { type I18n, I18nContext, initialLocale, saveLocale, translate } from '../i18n/i18n.js';
import { readThrough } from '../offline/cache.js';
import { InvitationPage } from '../pages/invitation-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { TodayPage } from '../pages/today-page.js';
import { ErrorNotice, Loading } from '../ui/notices.js';
import { matchRoute, navigate, useLocation } from './router.js';
import { PATIENT_ROUTES, PUBLIC_ROUTES } from './routes.js';
import { type PatientSession, SessionContext } from './session.js';
import { Shell } from './shell.js';
import { useAsync } from './use-async.js';

// Pages away from Today load on demand, keeping the first load small on a phone.
const OnboardingPage = lazy(() =>
  import('../pages/onboarding-page.js').then((m) => ({ default: m.OnboardingPage })),
);
const PlayerPage = lazy(() => import('../pages/player-page.js').then((m) => ({ default: m.PlayerPage })));
const CheckInPage = lazy(() => import('../pages/check-in-page.js').then((m) => ({ default: m.CheckInPage })));
const ReScreenPage = lazy(() =>
  import('../pages/re-screen-page.js').then((m) => ({ default: m.ReScreenPage })),
);
const PsfsPage = lazy(() => import('../pages/psfs-page.js').then((m) => ({ default: m.PsfsPage })));
const ProgressPage = lazy(() =>
  import('../pages/progress-page.js').then((m) => ({ default: m.ProgressPage })),
);
const LearnPage = lazy(() => import('../pages/learn-page.js').then((m) => ({ default: m.LearnPage })));
const SettingsPage = lazy(() =>
  import('../pages/settings-page.js').then((m) => ({ default: m.SettingsPage })),
);

function useLocaleState(): I18n {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(localStorage, navigator.languages));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    saveLocale(localStorage, next);
    setLocaleState(next);
  }, []);
  return useMemo(
    () => ({ locale, setLocale, t: (key, values) => translate(locale, key, values) }),
    [locale, setLocale],
  );
}

function PatientPage(props: { name: string }) {
  switch (props.name) {
    case 'today':
      return <TodayPage />;
    case 'onboarding':
      return <OnboardingPage />;
    case 'session':
      return <PlayerPage />;
    case 'check-in':
      return <CheckInPage />;
    case 're-screen':
      return <ReScreenPage />;
    case 'psfs':
      return <PsfsPage />;
    case 'progress':
      return <ProgressPage />;
    case 'learn':
      return <LearnPage />;
    default:
      return <SettingsPage />;
  }
}

async function loadSession() {
  const me = await readThrough('me', fetchMe);
  const protocol = await readThrough('protocol', fetchProtocol);
  return { me: me.value, protocol: protocol.value };
}

export function App() {
  const i18n = useLocaleState();
  const { path } = useLocation();
  const publicRoute = matchRoute(PUBLIC_ROUTES, path);
  const patientRoute = matchRoute(PATIENT_ROUTES, path);
  const [loaded, reload] = useAsync(publicRoute ? 'public' : 'session', () =>
    publicRoute ? Promise.resolve(null) : loadSession(),
  );
  const unauthenticated =
    loaded.kind === 'failed' && loaded.error instanceof ApiError && loaded.error.status === 401;
  useEffect(() => {
    if (unauthenticated) navigate('/sign-in', { replace: true });
  }, [unauthenticated]);
  const session: PatientSession | null = useMemo(() => {
    if (loaded.kind !== 'ready' || !loaded.value?.me.patientId) return null;
    return { ...loaded.value, patientId: loaded.value.me.patientId, reload };
  }, [loaded, reload]);

  let page = <p>{i18n.t('notFound')}</p>;
  if (publicRoute?.name === 'sign-in') page = <SignInPage onSignedIn={reload} />;
  else if (publicRoute) page = <InvitationPage token={publicRoute.params.token ?? ''} onAccepted={reload} />;
  else if (loaded.kind === 'loading') page = <Loading />;
  else if (loaded.kind === 'failed') page = <ErrorNotice error={loaded.error} onRetry={reload} />;
  else if (session && patientRoute) page = <PatientPage name={patientRoute.name} />;

  return (
    <I18nContext.Provider value={i18n}>
      <SessionContext.Provider value={session}>
        <Shell path={path} signedIn={session !== null}>
          <Suspense fallback={<Loading />}>{page}</Suspense>
        </Shell>
      </SessionContext.Provider>
    </I18nContext.Provider>
  );
}
