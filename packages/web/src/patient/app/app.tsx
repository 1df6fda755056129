import type { Onboarding } from '@minimus/contract';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { fetchMe } from '../../shared/api/account.js';
import { ApiError } from '../../shared/api/client.js';
import { SharedI18nContext, sharedI18nFor } from '../../shared/i18n/shared-i18n.js';
import { useStoredLocale } from '../../shared/i18n/use-stored-locale.js';
import { matchRoute, navigate, useLocation } from '../../shared/router.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { fetchOnboarding, fetchProtocol } from '../api.js';
import { type I18n, I18nContext, translate } from '../i18n/i18n.js';
import { readThrough } from '../offline/cache.js';
import { ForgotPasswordPage } from '../pages/forgot-password-page.js';
import { InvitationPage } from '../pages/invitation-page.js';
import { ResetPasswordPage } from '../pages/reset-password-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { TodayPage } from '../pages/today-page.js';
import { PATIENT_ROUTES, PUBLIC_ROUTES } from './routes.js';
import { type PatientSession, SessionContext } from './session.js';
import { Shell } from './shell.js';

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
const MessagesPage = lazy(() =>
  import('../pages/messages-page.js').then((m) => ({ default: m.MessagesPage })),
);
const LearnPage = lazy(() => import('../pages/learn-page.js').then((m) => ({ default: m.LearnPage })));
const SetupPage = lazy(() => import('../pages/setup-page.js').then((m) => ({ default: m.SetupPage })));
const SettingsPage = lazy(() =>
  import('../pages/settings-page.js').then((m) => ({ default: m.SettingsPage })),
);

function useLocaleState(): I18n {
  const [locale, setLocale] = useStoredLocale();
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
    case 'messages':
      return <MessagesPage />;
    default:
      return <SettingsPage />;
  }
}

const NOT_A_PATIENT: Onboarding = { done: true, psfsActivities: [] };

async function loadSession() {
  const me = await readThrough('me', fetchMe);
  const protocol = await readThrough('protocol', fetchProtocol);
  const { patientId } = me.value;
  const onboarding = patientId
    ? (await readThrough(`onboarding:${patientId}`, () => fetchOnboarding(patientId))).value
    : NOT_A_PATIENT;
  return { me: me.value, protocol: protocol.value, onboarding };
}

export function App() {
  const i18n = useLocaleState();
  const shared = useMemo(() => sharedI18nFor(i18n.locale, i18n.setLocale), [i18n]);
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
  // Staff who sign in here (or arrive signed in) belong in the clinic app.
  const staff = loaded.kind === 'ready' && loaded.value !== null && loaded.value.me.user.role !== 'patient';
  useEffect(() => {
    if (staff) window.location.replace('/clinic');
  }, [staff]);
  const session: PatientSession | null = useMemo(() => {
    if (loaded.kind !== 'ready' || !loaded.value?.me.patientId) return null;
    return { ...loaded.value, patientId: loaded.value.me.patientId, reload };
  }, [loaded, reload]);

  let page = <p>{i18n.t('notFound')}</p>;
  if (publicRoute?.name === 'sign-in') page = <SignInPage onSignedIn={reload} />;
  else if (publicRoute?.name === 'setup') page = <SetupPage />;
  else if (staff) page = <Loading />;
  else if (publicRoute?.name === 'forgot-password') page = <ForgotPasswordPage />;
  else if (publicRoute?.name === 'reset-password')
    page = <ResetPasswordPage token={publicRoute.params.token ?? ''} onReset={reload} />;
  else if (publicRoute) page = <InvitationPage token={publicRoute.params.token ?? ''} onAccepted={reload} />;
  else if (loaded.kind === 'loading') page = <Loading />;
  else if (loaded.kind === 'failed') page = <ErrorNotice error={loaded.error} onRetry={reload} />;
  else if (session && patientRoute) page = <PatientPage name={patientRoute.name} />;

  return (
    <I18nContext.Provider value={i18n}>
      <SharedI18nContext.Provider value={shared}>
        <SessionContext.Provider value={session}>
          <Shell path={path} signedIn={session !== null}>
            <Suspense fallback={<Loading />}>{page}</Suspense>
          </Shell>
        </SessionContext.Provider>
      </SharedI18nContext.Provider>
    </I18nContext.Provider>
  );
}
