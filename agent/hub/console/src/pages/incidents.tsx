import { useEffect, useState } from 'preact/hooks';
import { FINDING_TYPES } from '../../../../../shared/detect/types.ts';
import { useApi } from '../hooks.ts';
import { label, t, type MessageKey } from '../i18n/index.ts';
import {
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToApiQuery,
  filtersToParams,
  pageCount,
  toggleSort,
  type IncidentFilters,
  type SortKey,
} from '../lib/incident-query.ts';
import { formatDateTime } from '../lib/datetime.ts';
import { hrefFor } from '../lib/route.ts';
import { STATUSES } from '../lib/status-flow.ts';
import type { IncidentList } from '../types.ts';
import { Countdown } from '../components/countdown.tsx';
import { DateField, SelectField, TextField } from '../components/field.tsx';
import { ErrorBox, Loading, SeverityBadge, StatusBadge, TypeList } from '../components/status.tsx';

const SEVERITIES = ['very_high', 'high', 'medium', 'low'];

function go(f: IncidentFilters) {
  location.hash = hrefFor('incidents', undefined, filtersToParams(f));
}

function SortHeader({ f, k, text }: { f: IncidentFilters; k: SortKey; text: MessageKey }) {
  const active = f.sort === k;
  return (
    <th scope="col" aria-sort={active ? (f.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" data-sort={k} onClick={() => go(toggleSort(f, k))} aria-label={t('incidents.sortBy', { column: t(text) })}>
        {t(text)}
        <span aria-hidden="true">{active ? (f.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

export function IncidentsPage({ query }: { query: URLSearchParams }) {
  const filters = filtersFromParams(query);
  const [draft, setDraft] = useState(filters);
  const key = query.toString();
  useEffect(() => setDraft(filtersFromParams(query)), [key]);
  const { data, error, loading, reload } = useApi<IncidentList>(`/api/incidents?${filtersToApiQuery(filters)}`);
  const pages = data ? pageCount(data.total, filters.pageSize) : 1;
  const set = (k: keyof IncidentFilters) => (v: string) => setDraft({ ...draft, [k]: v });
  const any = { value: '', label: t('incidents.any') };

  return (
    <div class="page">
      <h1>{t('incidents.title')}</h1>
      <form
        class="filters card"
        aria-label={t('incidents.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...draft, page: 1 });
        }}
      >
        <DateField label={t('incidents.from')} name="from" value={draft.from} onInput={set('from')} />
        <DateField label={t('incidents.to')} name="to" value={draft.to} onInput={set('to')} />
        <SelectField
          label={t('incidents.severity')}
          name="severity"
          value={draft.severity}
          onInput={set('severity')}
          options={[any, ...SEVERITIES.map((s) => ({ value: s, label: label('severity', s) }))]}
        />
        <SelectField
          label={t('incidents.type')}
          name="type"
          value={draft.type}
          onInput={set('type')}
          options={[any, ...FINDING_TYPES.map((ty) => ({ value: ty, label: label('type', ty) }))]}
        />
        <SelectField
          label={t('incidents.status')}
          name="status"
          value={draft.status}
          onInput={set('status')}
          options={[any, ...STATUSES.map((s) => ({ value: s, label: label('status', s) }))]}
        />
        <TextField label={t('incidents.site')} name="site" value={draft.site} onInput={set('site')} />
        <TextField label={t('incidents.q')} name="q" type="search" value={draft.q} onInput={set('q')} placeholder={t('incidents.qPlaceholder')} />
        <div class="filter-buttons">
          <button type="submit" class="primary">
            {t('incidents.apply')}
          </button>
          <button type="button" onClick={() => go(DEFAULT_FILTERS)}>
            {t('incidents.reset')}
          </button>
        </div>
      </form>
      <ErrorBox error={error} onRetry={reload} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <p class="muted" role="status" data-testid="incident-total">
            {t('incidents.total', { total: data.total })}
          </p>
          {data.items.length === 0 ? (
            <p>{t('incidents.empty')}</p>
          ) : (
            <div class="table-wrap">
              <table class="data" data-testid="incident-table">
                <thead>
                  <tr>
                    <th scope="col">{t('incidents.col.site')}</th>
                    <th scope="col">{t('incidents.col.types')}</th>
                    <SortHeader f={filters} k="severity" text="incidents.col.severity" />
                    <th scope="col">{t('incidents.col.status')}</th>
                    <SortHeader f={filters} k="eventCount" text="incidents.col.eventCount" />
                    <SortHeader f={filters} k="firstSeen" text="incidents.col.firstSeen" />
                    <SortHeader f={filters} k="lastSeen" text="incidents.col.lastSeen" />
                    <SortHeader f={filters} k="deadline" text="incidents.col.deadline" />
                    <th scope="col">{t('incidents.col.workstation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((it) => (
                    <tr key={it.id} data-incident-id={it.id} class={it.overdue ? 'row-overdue' : undefined}>
                      <td>
                        <a href={hrefFor('incident', it.id)} aria-label={t('incidents.open', { site: it.site })}>
                          {it.site}
                        </a>
                        {it.number && <div class="muted small">{it.number}</div>}
                      </td>
                      <td>
                        <TypeList types={it.types} />
                      </td>
                      <td>
                        <SeverityBadge severity={it.severity} />
                      </td>
                      <td>
                        <StatusBadge status={it.status} />
                      </td>
                      <td class="num">{it.eventCount}</td>
                      <td>{formatDateTime(it.firstSeen)}</td>
                      <td>{formatDateTime(it.lastSeen)}</td>
                      <td>
                        <Countdown deadline={it.deadline} state={it.deadlineState} />
                      </td>
                      <td>{it.workstation ?? t('app.none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav class="pager" aria-label={t('incidents.page', { page: filters.page, pages })}>
            <button type="button" disabled={filters.page <= 1} onClick={() => go({ ...filters, page: filters.page - 1 })}>
              {t('incidents.prev')}
            </button>
            <span>{t('incidents.page', { page: filters.page, pages })}</span>
            <button type="button" disabled={filters.page >= pages} onClick={() => go({ ...filters, page: filters.page + 1 })}>
              {t('incidents.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
