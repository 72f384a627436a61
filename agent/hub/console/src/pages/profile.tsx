import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApp } from '../app-context.ts';
import { useAction, useApi } from '../hooks.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { Profile } from '../types.ts';
import { TextField } from '../components/field.tsx';
import { ErrorBox, Loading, Saved } from '../components/status.tsx';

// Section 1 of Form 08 (Decree 356/2025): the agency, then its data-protection person.
const AGENCY: (keyof Profile)[] = [
  'name',
  'headOfficeAddress',
  'transactionAddress',
  'registrationNumber',
  'registrationIssuer',
  'registrationDate',
  'registrationPlace',
  'taxCode',
  'phone',
  'email',
  'website',
  'recipient',
];
const DPO: (keyof Profile)[] = ['dpoName', 'dpoTitle', 'dpoLandline', 'dpoMobile'];

export function ProfilePage() {
  const { user } = useApp();
  const { data, error, loading, reload } = useApi<Partial<Profile>>('/api/profile');
  const [values, setValues] = useState<Partial<Profile>>({});
  useEffect(() => data && setValues(data), [data]);
  const action = useAction();
  const isAdmin = user.role === 'admin';
  if (loading && !data) return <Loading />;

  const field = (k: keyof Profile) => (
    <TextField
      key={k}
      label={t(`profile.${k}` as MessageKey)}
      name={`profile-${k}`}
      type={k === 'email' ? 'email' : 'text'}
      value={String(values[k] ?? '')}
      disabled={!isAdmin}
      onInput={(v) => setValues({ ...values, [k]: v })}
    />
  );

  return (
    <div class="page">
      <h1>{t('profile.title')}</h1>
      <p class="muted">{t('profile.help')}</p>
      {!isAdmin && <p class="muted">{t('profile.readOnly')}</p>}
      <ErrorBox error={error} onRetry={reload} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body: Record<string, string> = {};
          for (const k of [...AGENCY, ...DPO]) body[k] = String(values[k] ?? '');
          await action.run(() => api.put('/api/profile', body));
        }}
      >
        <section class="card">
          <h2>{t('profile.agency')}</h2>
          <div class="form-grid">{AGENCY.map(field)}</div>
        </section>
        <section class="card">
          <h2>{t('profile.dpo')}</h2>
          <div class="form-grid">{DPO.map(field)}</div>
        </section>
        <ErrorBox error={action.error} />
        {isAdmin && (
          <p>
            <button type="submit" class="primary" disabled={action.busy}>
              {t('app.save')}
            </button>{' '}
            <Saved show={action.done} />
          </p>
        )}
      </form>
    </div>
  );
}
