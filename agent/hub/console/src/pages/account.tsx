import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApp } from '../app-context.ts';
import { useAction } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { TextField } from '../components/field.tsx';
import { ErrorBox } from '../components/status.tsx';

export function AccountPage() {
  const { user } = useApp();
  const [pw, setPw] = useState({ current: '', next: '' });
  const password = useAction();
  const [totpOn, setTotpOn] = useState(user.totpEnabled);
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [code, setCode] = useState('');
  const [totpMsg, setTotpMsg] = useState('');
  const totp = useAction();

  return (
    <div class="page">
      <h1>{t('account.title')}</h1>
      <form
        class="card"
        onSubmit={async (e) => {
          e.preventDefault();
          await password.run(async () => {
            await api.post('/api/me/password', pw);
            return true;
          });
          setPw({ current: '', next: '' });
        }}
      >
        <h2>{t('account.password')}</h2>
        <TextField label={t('account.current')} name="current" type="password" autoComplete="current-password" value={pw.current} onInput={(v) => setPw({ ...pw, current: v })} required />
        <TextField label={t('account.next')} name="next" type="password" autoComplete="new-password" value={pw.next} onInput={(v) => setPw({ ...pw, next: v })} required />
        <ErrorBox error={password.error} />
        {password.done && <p role="status">{t('account.changed')}</p>}
        <button type="submit" class="primary" disabled={password.busy}>
          {t('account.password')}
        </button>
      </form>
      <section class="card">
        <h2>{t('account.totp')}</h2>
        <p>{totpOn ? t('account.totpOn') : t('account.totpOff')}</p>
        {totpMsg && <p role="status">{totpMsg}</p>}
        {!totpOn && !setup && (
          <button
            type="button"
            onClick={async () => {
              const out = await totp.run(() => api.post<{ secret: string; otpauthUrl: string }>('/api/me/totp/setup'));
              if (out) setSetup(out);
            }}
          >
            {t('account.totpSetup')}
          </button>
        )}
        {setup && (
          <div>
            <p>
              {t('account.totpSecret')}: <code>{setup.secret}</code>
            </p>
            <p>{t('account.totpUrl')}</p>
            <p>
              <code class="wrap">{setup.otpauthUrl}</code>
            </p>
          </div>
        )}
        {(setup || totpOn) && (
          <form
            class="toolbar"
            onSubmit={async (e) => {
              e.preventDefault();
              const turningOff = totpOn;
              const ok = await totp.run(async () => {
                if (turningOff) await api.del('/api/me/totp', { code });
                else await api.post('/api/me/totp/confirm', { code });
                return true;
              });
              setCode('');
              if (ok) {
                setTotpOn(!turningOff);
                setSetup(null);
                setTotpMsg(turningOff ? t('account.totpDisabled') : t('account.totpEnabled'));
              }
            }}
          >
            <TextField label={t('account.totpCode')} name="totpCode" value={code} onInput={setCode} inputMode="numeric" autoComplete="one-time-code" required />
            <button type="submit">{totpOn ? t('account.totpDisable') : t('account.totpConfirm')}</button>
          </form>
        )}
        <ErrorBox error={totp.error} />
      </section>
    </div>
  );
}
