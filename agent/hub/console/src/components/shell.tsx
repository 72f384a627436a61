import type { ComponentChildren } from 'preact';
import { useApp } from '../app-context.ts';
import { label, t, type MessageKey } from '../i18n/index.ts';
import type { Route, RouteName } from '../lib/route.ts';
import { hrefFor } from '../lib/route.ts';

const NAV: { name: RouteName; key: MessageKey; roles?: string[] }[] = [
  { name: 'dashboard', key: 'nav.dashboard' },
  { name: 'incidents', key: 'nav.incidents' },
  { name: 'reports', key: 'nav.reports' },
  { name: 'policy', key: 'nav.policy' },
  { name: 'fleet', key: 'nav.fleet' },
  { name: 'users', key: 'nav.users', roles: ['admin'] },
  { name: 'profile', key: 'nav.profile' },
  { name: 'audit', key: 'nav.audit', roles: ['admin', 'dpo'] },
  { name: 'account', key: 'nav.account' },
];

export function Shell({ route, children }: { route: Route; children: ComponentChildren }) {
  const { user, lang, setLang, logout } = useApp();
  const active = route.name === 'incident' ? 'incidents' : route.name;
  return (
    <div class="layout">
      <a class="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-name">{t('app.short')}</span>
          <span class="brand-tag">{t('app.tagline')}</span>
        </div>
        <div class="topbar-tools">
          <span class="who">{t('nav.signedInAs', { name: user.name, role: label('role', user.role) })}</span>
          <button type="button" class="link" lang={lang === 'vi' ? 'en' : 'vi'} onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t('lang.switch')}
          </button>
          <button type="button" class="link" onClick={logout}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <nav class="sidenav" aria-label={t('nav.main')}>
        <ul>
          {NAV.filter((n) => !n.roles || n.roles.includes(user.role)).map((n) => (
            <li key={n.name}>
              <a href={hrefFor(n.name)} aria-current={active === n.name ? 'page' : undefined}>
                {t(n.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
