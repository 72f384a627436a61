import { useState } from 'preact/hooks';
import { useApi } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { pageCount } from '../lib/incident-query.ts';
import type { AuditEntry, Page } from '../types.ts';
import { AuditTable } from '../components/audit-table.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';

const PAGE_SIZE = 50;

export function AuditPage() {
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApi<Page<AuditEntry>>(`/api/audit?page=${page}&pageSize=${PAGE_SIZE}`);
  const pages = pageCount(data?.total ?? 0, PAGE_SIZE);
  return (
    <div class="page">
      <h1>{t('audit.title')}</h1>
      <ErrorBox error={error} onRetry={reload} />
      {loading && !data && <Loading />}
      {data && <AuditTable entries={data.items} showTarget />}
      <nav class="pager" aria-label={t('incidents.page', { page, pages })}>
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('incidents.prev')}
        </button>
        <span>{t('incidents.page', { page, pages })}</span>
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('incidents.next')}
        </button>
      </nav>
    </div>
  );
}
