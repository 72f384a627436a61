import { useEffect, useState } from 'preact/hooks';
import { api, setCsrfToken, setUnauthenticatedHandler } from './api.ts';
import { AppContext, type AppState } from './app-context.ts';
import { getLang, initialLang, setLang as storeLang, t, type Lang } from './i18n/index.ts';
import { parseHash, type Route } from './lib/route.ts';
import type { SessionInfo, User } from './types.ts';
import { Shell } from './components/shell.tsx';
import { Loading } from './components/status.tsx';
import { LoginPage } from './pages/login.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { IncidentsPage } from './pages/incidents.tsx';
import { IncidentDetailPage } from './pages/incident-detail.tsx';
import { ReportsPage } from './pages/reports.tsx';
import { PolicyPage } from './pages/policy.tsx';
import { FleetPage } from './pages/fleet.tsx';
import { UsersPage } from './pages/users.tsx';
import { ProfilePage } from './pages/profile.tsx';
import { AuditPage } from './pages/audit.tsx';
import { AccountPage } from './pages/account.tsx';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'incidents':
      return <IncidentsPage query={route.query} />;
    case 'incident':
      return <IncidentDetailPage id={route.id!} />;
    case 'reports':
      return <ReportsPage />;
    case 'policy':
      return <PolicyPage />;
    case 'fleet':
      return <FleetPage />;
    case 'users':
      return <UsersPage />;
    case 'profile':
      return <ProfilePage />;
    case 'audit':
      return <AuditPage />;
    case 'account':
      return <AccountPage />;
    default:
      return <p>{t('app.notFound')}</p>;
  }
}

export function App() {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang(globalThis.localStorage);
    storeLang(l);
    return l;
  });
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const route = useRoute();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang]);

  useEffect(() => {
    setUnauthenticatedHandler(() => setUser(null));
    api.get<SessionInfo>('/api/me').then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      },
      () => setUser(null),
    );
  }, []);

  const setLang = (l: Lang) => {
    storeLang(l, globalThis.localStorage);
    setLangState(l);
  };

  if (user === undefined) return <Loading />;
  if (user === null) {
    return (
      <LoginPage
        lang={lang}
        setLang={setLang}
        onLogin={(s) => {
          setCsrfToken(s.csrfToken);
          setUser(s.user);
        }}
      />
    );
  }

  const state: AppState = {
    user,
    lang,
    setLang,
    logout: () => {
      api.del('/api/session').finally(() => {
        setCsrfToken('');
        setUser(null);
      });
    },
  };
  // Keyed by language so every page re-renders its messages on a switch.
  return (
    <AppContext.Provider value={state}>
      <Shell route={route} key={getLang()}>
        <Page route={route} />
      </Shell>
    </AppContext.Provider>
  );
}
