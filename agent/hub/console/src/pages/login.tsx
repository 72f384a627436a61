import { useState } from 'preact/hooks';
import { ApiError, api } from '../api.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { SessionInfo } from '../types.ts';
import { TextField } from '../components/field.tsx';

function loginMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.body.error === 'totp_required') return t('login.totpRequired');
    if (e.body.error === 'locked') return t('login.locked', { minutes: Math.max(1, Math.ceil((e.body.retryAfter ?? 60) / 60)) });
    if (e.status === 401) return t('login.bad');
    return t('login.failed', { detail: e.body.detail || e.body.error });
  }
  return t('login.failed', { detail: (e as Error).message });
}

export function LoginPage({ onLogin, lang, setLang }: { onLogin: (s: SessionInfo) => void; lang: Lang; setLang: (l: Lang) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const s = await api.post<SessionInfo>('/api/session', { name, password, ...(totp ? { totp } : {}) });
      onLogin(s);
    } catch (err) {
      if (err instanceof ApiError && err.body.error === 'totp_required') setNeedTotp(true);
      setError(loginMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login" id="main">
      <div class="login-card">
        <p class="brand-name">{t('app.short')}</p>
        <p class="muted">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
          <TextField label={t('login.name')} name="name" value={name} onInput={setName} required autoComplete="username" />
          <TextField label={t('login.password')} name="password" type="password" value={password} onInput={setPassword} required autoComplete="current-password" />
          {needTotp && (
            <TextField label={t('login.totp')} name="totp" value={totp} onInput={setTotp} inputMode="numeric" autoComplete="one-time-code" />
          )}
          {error && (
            <p class="alert alert-error" role="alert" id="login-error">
              {error}
            </p>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
        <button type="button" class="link" lang={lang === 'vi' ? 'en' : 'vi'} onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
          {t('lang.switch')}
        </button>
      </div>
    </main>
  );
}
