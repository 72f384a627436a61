import { useState } from 'preact/hooks';
import { useApi, useNow } from '../hooks.ts';
import { t, label } from '../i18n/index.ts';
import { stackByDay } from '../lib/chart-data.ts';
import { dayBoundary } from '../lib/datetime.ts';
import { hrefFor } from '../lib/route.ts';
import { deadlineView } from '../lib/countdown.ts';
import type { Dashboard } from '../types.ts';
import { BarList, Ring, StackedBarChart } from '../components/charts.tsx';
import { countdownText } from '../components/countdown.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';
import { DateField } from '../components/field.tsx';

function vnDay(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}

export function DashboardPage() {
  const [range, setRange] = useState(() => ({ from: vnDay(Date.now() - 29 * 86_400_000), to: vnDay(Date.now()) }));
  const [draft, setDraft] = useState(range);
  const from = dayBoundary(range.from, false);
  const to = dayBoundary(range.to, true);
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  const { data, error, loading, reload } = useApi<Dashboard>(`/api/dashboard?${q}`);
  const now = useNow();

  const urgent = (data?.openDeadlines ?? [])
    .map((d) => ({ ...d, view: deadlineView(d.deadline, now, d.deadlineState) }))
    .filter((d) => d.view.state === 'near' || d.view.state === 'overdue')
    .sort((a, b) => (a.view.remainingMs ?? 0) - (b.view.remainingMs ?? 0));

  return (
    <div class="page">
      <h1>{t('dashboard.title')}</h1>
      {urgent.length > 0 && (
        <section class="banner banner-deadline" role="alert" aria-labelledby="deadline-banner-h" data-testid="deadline-banner">
          <h2 id="deadline-banner-h">{t('dashboard.banner')}</h2>
          <p class="muted">{t('deadline.law')}</p>
          <ul>
            {urgent.map((d) => {
              const c = countdownText(d.deadline, now, d.deadlineState);
              return (
                <li key={d.id} class={`deadline-${c.state}`}>
                  <a href={hrefFor('incident', d.id)}>{t('dashboard.bannerItem', { site: d.site ?? d.id, countdown: c.text })}</a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setRange(draft);
        }}
      >
        <DateField label={t('dashboard.from')} name="dash-from" value={draft.from} onInput={(v) => setDraft({ ...draft, from: v })} />
        <DateField label={t('dashboard.to')} name="dash-to" value={draft.to} onInput={(v) => setDraft({ ...draft, to: v })} />
        <button type="submit">{t('dashboard.apply')}</button>
      </form>
      <ErrorBox error={error} onRetry={reload} />
      {loading && !data && <Loading />}
      {data && (
        <div class="grid">
          <section class="card wide">
            <h2>{t('dashboard.byDay')}</h2>
            {data.byDay.length ? (
              <StackedBarChart series={stackByDay(data.byDay, range.from, range.to)} title={t('dashboard.byDay')} />
            ) : (
              <p class="muted">{t('dashboard.empty')}</p>
            )}
          </section>
          <section class="card">
            <h2>{t('dashboard.topSites')}</h2>
            <BarList rows={data.topSites.map((s) => ({ name: s.site, count: s.count }))} title={t('dashboard.topSites')} />
          </section>
          <section class="card">
            <h2>{t('dashboard.workstations')}</h2>
            <BarList rows={data.workstations.map((w) => ({ name: w.workstation, count: w.count }))} title={t('dashboard.workstations')} />
          </section>
          <section class="card">
            <h2>{t('dashboard.proceed')}</h2>
            <Ring
              rate={data.proceedRate.rate}
              caption={t('dashboard.proceedValue', {
                proceeded: data.proceedRate.proceeded,
                warned: data.proceedRate.warned,
                rate: Math.round(data.proceedRate.rate * 100),
              })}
            />
          </section>
          <section class="card">
            <h2>{t('dashboard.severity')}</h2>
            <dl class="sev-list">
              {(['very_high', 'high', 'medium', 'low'] as const).map((s) => (
                <div key={s}>
                  <dt>
                    <span class={`badge sev-${s}`}>{label('severity', s)}</span>
                  </dt>
                  <dd>
                    <a href={hrefFor('incidents', undefined, new URLSearchParams({ severity: s }))}>{data.bySeverity?.[s] ?? 0}</a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      )}
    </div>
  );
}
