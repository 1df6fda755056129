import type { Locale } from '@minimus/core';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { fetchMe, signOut } from '../shared/api/account.js';
import { ApiError } from '../shared/api/client.js';
import { SharedI18nContext, sharedI18nFor } from '../shared/i18n/shared-i18n.js';
import { useStoredLocale } from '../shared/i18n/use-stored-locale.js';
import { navigate, useLocation } from '../shared/router.js';
import { ErrorNotice, Loading } from '../shared/ui/notices.js';
import { useAsync } from '../shared/use-async.js';
import { fetchProtocol } from './api.js';
import { type ClinicSession, ClinicSessionContext } from './app-session.js';
import { ClinicI18nContext, translateClinic } from './i18n/i18n.js';
import { PatientListPage } from './pages/patient-list-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { clinicRoute } from './routes.js';
import { ClinicShell } from './shell.js';

const PatientPage = lazy(() => import('./pages/patient-page.js').then((m) => ({ default: m.PatientPage })));
const ProgramPage = lazy(() => import('./pages/program-page.js').then((m) => ({ default: m.ProgramPage })));
const TherapistsPage = lazy(() =>
  import('./pages/therapists-page.js').then((m) => ({ default: m.TherapistsPage })),
);
const MonitoringPage = lazy(() =>
  import('./pages/monitoring-page.js').then((m) => ({ default: m.MonitoringPage })),
);
const AccountPage = lazy(() => import('./pages/account-page.js').then((m) => ({ default: m.AccountPage })));
const AuditPage = lazy(() => import('./pages/audit-page.js').then((m) => ({ default: m.AuditPage })));

async function loadSession() {
  try {
    const me = await fetchMe();
    if (me.user.role === 'patient') return { kind: 'patient' as const };
    return { kind: 'staff' as const, me, protocol: await fetchProtocol() };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { kind: 'signed-out' as const };
    throw error;
  }
}

function useLocale(): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useStoredLocale();
  useEffect(() => {
    document.title = translateClinic(locale, 'app.title');
  }, [locale]);
  return [locale, setLocale];
}

export function ClinicApp() {
  const [locale, setLocale] = useLocale();
  const { path } = useLocation();
  const [state, reload] = useAsync('session', loadSession);
  const route = clinicRoute(path);
  const sharedI18n = useMemo(() => sharedI18nFor(locale, setLocale), [locale, setLocale]);
  const clinicI18n = useMemo(
    () => ({
      locale,
      t: (key: Parameters<typeof translateClinic>[1], values?: Record<string, string | number>) =>
        translateClinic(locale, key, values),
    }),
    [locale],
  );
  const session: ClinicSession | null =
    state.kind === 'ready' && state.value.kind === 'staff'
      ? {
          me: state.value.me,
          protocol: state.value.protocol,
          signOut: () =>
            void signOut()
              .finally(() => navigate('/clinic/sign-in', { replace: true }))
              .then(reload),
        }
      : null;
  useEffect(() => {
    if (state.kind === 'ready' && state.value.kind === 'signed-out' && route.name !== 'sign-in')
      navigate('/clinic/sign-in', { replace: true });
  }, [state, route.name]);
  return (
    <SharedI18nContext.Provider value={sharedI18n}>
      <ClinicI18nContext.Provider value={clinicI18n}>
        <ClinicSessionContext.Provider value={session}>
          <ClinicShell page={route.name} me={session?.me ?? null} onSignOut={() => session?.signOut()}>
            {state.kind === 'loading' && <Loading />}
            {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
            {state.kind === 'ready' && state.value.kind === 'patient' && <PatientAccountNotice />}
            {state.kind === 'ready' && state.value.kind === 'signed-out' && (
              <SignInPage onSignedIn={reload} />
            )}
            {session && (
              <Suspense fallback={<Loading />}>
                <Page name={route.name} params={route.params} />
              </Suspense>
            )}
          </ClinicShell>
        </ClinicSessionContext.Provider>
      </ClinicI18nContext.Provider>
    </SharedI18nContext.Provider>
  );
}

function PatientAccountNotice() {
  return (
    <ClinicI18nContext.Consumer>
      {({ t }) => (
        <div class="notice notice-info" role="status">
          <p>{t('app.patientAccount')}</p>
          <a href="/">{t('app.toPatientApp')}</a>
        </div>
      )}
    </ClinicI18nContext.Consumer>
  );
}

function Page(props: { name: string; params: Readonly<Record<string, string>> }) {
  const patientId = props.params.patientId ?? '';
  switch (props.name) {
    case 'patient':
      return <PatientPage patientId={patientId} />;
    case 'program':
      return <ProgramPage patientId={patientId} />;
    case 'therapists':
      return <TherapistsPage />;
    case 'audit':
      return <AuditPage />;
    case 'monitoring':
      return <MonitoringPage />;
    case 'patient-monitoring':
      return <MonitoringPage patientId={patientId} />;
    case 'account':
      return <AccountPage />;
    default:
      return <PatientListPage />;
  }
}
