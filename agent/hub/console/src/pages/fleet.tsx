import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApp } from '../app-context.ts';
import { useAction, useApi } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { formatDateTime } from '../lib/datetime.ts';
import type { Group, Page, Workstation } from '../types.ts';
import { TextField } from '../components/field.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';

export function FleetPage() {
  const { user } = useApp();
  const fleet = useApi<Page<Workstation>>('/api/fleet');
  const groups = useApi<Page<Group>>('/api/groups');
  const assign = useAction();
  const isAdmin = user.role === 'admin';
  const items = fleet.data?.items ?? [];
  const silent = items.filter((w) => w.silent || w.extensionSilent).length;

  return (
    <div class="page">
      <h1>{t('fleet.title')}</h1>
      <ErrorBox error={fleet.error ?? assign.error} onRetry={fleet.reload} />
      {fleet.loading && !fleet.data && <Loading />}
      {silent > 0 && (
        <p class="alert alert-warn" role="status">
          {t('fleet.silentCount', { count: silent })}
        </p>
      )}
      {fleet.data && items.length === 0 && <p>{t('fleet.empty')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('fleet.col.name')}</th>
                <th scope="col">{t('fleet.col.group')}</th>
                <th scope="col">{t('fleet.col.heartbeat')}</th>
                <th scope="col">{t('fleet.col.extension')}</th>
                <th scope="col">{t('fleet.col.queue')}</th>
                <th scope="col">{t('fleet.col.dropped')}</th>
                <th scope="col">{t('fleet.col.rejected')}</th>
                <th scope="col">{t('fleet.col.version')}</th>
                <th scope="col">{t('users.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id} class={w.silent ? 'row-overdue' : w.extensionSilent ? 'row-near' : undefined}>
                  <td>{w.name}</td>
                  <td>
                    {isAdmin && groups.data ? (
                      <select
                        aria-label={t('fleet.col.group')}
                        value={String(w.groupId ?? groups.data.items.find((g) => g.name === w.group)?.id ?? '')}
                        onChange={async (e) => {
                          const v = e.currentTarget.value;
                          const g = groups.data!.items.find((x) => String(x.id) === v);
                          await assign.run(() => api.put(`/api/fleet/${encodeURIComponent(w.id)}`, { group: g ? g.id : null }));
                          fleet.reload();
                          groups.reload();
                        }}
                      >
                        <option value="">{t('fleet.noGroup')}</option>
                        {groups.data.items.map((g) => (
                          <option key={g.id} value={String(g.id)}>
                            {g.name}
                          </option>
                        ))}
                      </select>
                    ) : (
                      w.group ?? t('fleet.noGroup')
                    )}
                  </td>
                  <td>{formatDateTime(w.lastHeartbeat) || t('app.none')}</td>
                  <td>{formatDateTime(w.extensionLastSeen) || t('app.none')}</td>
                  <td class="num">{w.queueDepth ?? t('app.none')}</td>
                  <td class="num">{w.dropped ?? t('app.none')}</td>
                  <td class="num">{w.rejected ?? t('app.none')}</td>
                  <td>{w.agentVersion ?? t('app.none')}</td>
                  <td>
                    {w.silent ? (
                      <span class="badge deadline-overdue">{t('fleet.silent')}</span>
                    ) : w.extensionSilent ? (
                      <span class="badge deadline-near">{t('fleet.extensionSilent')}</span>
                    ) : (
                      <span class="badge ok">{t('fleet.ok')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Groups groups={groups.data?.items ?? []} canEdit={isAdmin} reload={() => (groups.reload(), fleet.reload())} />
    </div>
  );
}

function Groups({ groups, canEdit, reload }: { groups: Group[]; canEdit: boolean; reload: () => void }) {
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: Group['id']; name: string } | null>(null);
  const action = useAction();
  return (
    <section class="card">
      <h2>{t('fleet.groups')}</h2>
      <ul class="groups">
        {groups.map((g) => (
          <li key={g.id}>
            {editing?.id === g.id ? (
              <form
                class="inline"
                onSubmit={async (e) => {
                  e.preventDefault();
                  await action.run(() => api.put(`/api/groups/${g.id}`, { name: editing.name }));
                  setEditing(null);
                  reload();
                }}
              >
                <input aria-label={t('fleet.groupName')} value={editing.name} onInput={(e) => setEditing({ id: g.id, name: e.currentTarget.value })} />
                <button type="submit">{t('app.save')}</button>
                <button type="button" onClick={() => setEditing(null)}>
                  {t('app.cancel')}
                </button>
              </form>
            ) : (
              <>
                <span>{g.name}</span>
                {g.workstations !== undefined && <span class="muted"> ({g.workstations})</span>}
                {canEdit && (
                  <>
                    {' '}
                    <button type="button" class="link" onClick={() => setEditing({ id: g.id, name: g.name })}>
                      {t('fleet.rename')}
                    </button>
                    <button
                      type="button"
                      class="link danger-link"
                      onClick={async () => {
                        if (!confirm(t('app.confirmDelete', { name: g.name }))) return;
                        await action.run(() => api.del(`/api/groups/${g.id}`));
                        reload();
                      }}
                    >
                      {t('app.delete')}
                    </button>
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <ErrorBox error={action.error} />
      {canEdit && (
        <form
          class="toolbar"
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await action.run(async () => {
              await api.post('/api/groups', { name });
              return true;
            });
            if (ok) setName('');
            reload();
          }}
        >
          <TextField label={t('fleet.groupName')} name="groupName" value={name} onInput={setName} required />
          <button type="submit">{t('fleet.addGroup')}</button>
        </form>
      )}
    </section>
  );
}
