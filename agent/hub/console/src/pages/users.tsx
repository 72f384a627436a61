import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApp } from '../app-context.ts';
import { useAction, useApi } from '../hooks.ts';
import { label, t } from '../i18n/index.ts';
import { formatDateTime } from '../lib/datetime.ts';
import type { Page, Role, User } from '../types.ts';
import { SelectField, TextField } from '../components/field.tsx';
import { ErrorBox, Loading, Saved } from '../components/status.tsx';

const ROLES: Role[] = ['dpo', 'admin', 'viewer'];

export function UsersPage() {
  const { user: me } = useApp();
  const { data, error, loading, reload } = useApi<Page<User>>('/api/users');
  const action = useAction();
  const [form, setForm] = useState({ name: '', role: 'dpo' as Role, password: '' });
  const [reset, setReset] = useState<{ name: string; password: string } | null>(null);
  const roleOptions = ROLES.map((r) => ({ value: r, label: label('role', r) }));
  if (me.role !== 'admin') return <p class="alert alert-error">{t('app.forbidden')}</p>;

  const patch = async (name: string, body: unknown) => {
    await action.run(() => api.patch(`/api/users/${encodeURIComponent(name)}`, body));
    reload();
  };

  return (
    <div class="page">
      <h1>{t('users.title')}</h1>
      <ErrorBox error={error ?? action.error} onRetry={reload} />
      <Saved show={action.done} />
      {loading && !data && <Loading />}
      {data && (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('users.col.name')}</th>
              <th scope="col">{t('users.col.role')}</th>
              <th scope="col">{t('users.col.totp')}</th>
              <th scope="col">{t('users.col.state')}</th>
              <th scope="col">{t('users.col.lastLogin')}</th>
              <th scope="col">
                <span class="sr-only">{t('app.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((u) => (
              <tr key={u.name} class={u.disabled ? 'muted' : undefined}>
                <td>{u.name}</td>
                <td>
                  <select
                    aria-label={t('users.changeRole', { name: u.name })}
                    value={u.role}
                    disabled={u.name === me.name}
                    onChange={(e) => patch(u.name, { role: e.currentTarget.value })}
                  >
                    {roleOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{u.totpEnabled ? t('app.yes') : t('app.no')}</td>
                <td>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                <td>{formatDateTime(u.lastLogin) || t('app.none')}</td>
                <td class="actions">
                  <button type="button" class="link" onClick={() => setReset({ name: u.name, password: '' })}>
                    {t('users.resetPassword')}
                  </button>
                  {u.name !== me.name && (
                    <>
                      <button type="button" class="link" onClick={() => patch(u.name, { disabled: !u.disabled })}>
                        {u.disabled ? t('users.enable') : t('users.disable')}
                      </button>
                      <button
                        type="button"
                        class="link danger-link"
                        onClick={async () => {
                          if (!confirm(t('app.confirmDelete', { name: u.name }))) return;
                          await action.run(() => api.del(`/api/users/${encodeURIComponent(u.name)}`));
                          reload();
                        }}
                      >
                        {t('app.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reset && (
        <form
          class="card subform"
          onSubmit={async (e) => {
            e.preventDefault();
            await patch(reset.name, { password: reset.password });
            setReset(null);
          }}
        >
          <TextField
            label={t('users.newPassword', { name: reset.name })}
            name="resetPassword"
            type="password"
            autoComplete="new-password"
            value={reset.password}
            onInput={(v) => setReset({ ...reset, password: v })}
            required
          />
          <button type="submit" class="primary">
            {t('users.resetPassword')}
          </button>{' '}
          <button type="button" onClick={() => setReset(null)}>
            {t('app.cancel')}
          </button>
        </form>
      )}
      <form
        class="card"
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await action.run(async () => {
            await api.post('/api/users', form);
            return true;
          });
          if (ok) setForm({ name: '', role: 'dpo', password: '' });
          reload();
        }}
      >
        <h2>{t('users.add')}</h2>
        <div class="form-grid">
          <TextField label={t('users.name')} name="newName" autoComplete="off" value={form.name} onInput={(v) => setForm({ ...form, name: v })} required />
          <SelectField label={t('users.role')} name="newRole" value={form.role} options={roleOptions} onInput={(v) => setForm({ ...form, role: v as Role })} />
          <TextField
            label={t('users.password')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onInput={(v) => setForm({ ...form, password: v })}
            required
          />
        </div>
        <button type="submit" class="primary" disabled={action.busy}>
          {t('users.add')}
        </button>
      </form>
    </div>
  );
}
