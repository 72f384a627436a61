import { useState } from 'preact/hooks';
import { useApi } from '../hooks.ts';
import { label, t } from '../i18n/index.ts';
import type { QuarterlyReport } from '../types.ts';
import { SelectField } from '../components/field.tsx';
import { ErrorBox, Loading } from '../components/status.tsx';

function currentQuarter(): { year: number; quarter: number } {
  const d = new Date(Date.now() + 7 * 3600_000);
  return { year: d.getUTCFullYear(), quarter: Math.floor(d.getUTCMonth() / 3) + 1 };
}

export function ReportsPage() {
  const [sel, setSel] = useState(currentQuarter);
  const qs = `year=${sel.year}&quarter=${sel.quarter}`;
  const { data, error, loading, reload } = useApi<QuarterlyReport>(`/api/reports/quarterly?${qs}`);
  const years = Array.from({ length: 6 }, (_, i) => String(currentQuarter().year - i));

  return (
    <div class="page">
      <h1>{t('reports.title')}</h1>
      <div class="toolbar">
        <SelectField
          label={t('reports.year')}
          name="year"
          value={String(sel.year)}
          onInput={(v) => setSel({ ...sel, year: Number(v) })}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          label={t('reports.quarter')}
          name="quarter"
          value={String(sel.quarter)}
          onInput={(v) => setSel({ ...sel, quarter: Number(v) })}
          options={['1', '2', '3', '4'].map((q) => ({ value: q, label: q }))}
        />
        <a class="button" href={`/api/reports/quarterly?${qs}&format=csv`} download>
          {t('reports.csv')}
        </a>
        <a class="button" href="/api/register.csv" download>
          {t('reports.register')}
        </a>
      </div>
      <p class="muted small">{t('reports.registerHelp')}</p>
      <ErrorBox error={error} onRetry={reload} />
      {loading && !data && <Loading />}
      {data && (
        <div class="grid">
          <section class="card">
            <h2>{t('reports.totals')}</h2>
            <dl class="facts">
              <dt>{t('reports.totalIncidents')}</dt>
              <dd>{data.incidents.total}</dd>
              <dt>{label('status', 'breach_confirmed')}</dt>
              <dd>{data.incidents.breaches}</dd>
              <dt>{label('status', 'not_a_breach')}</dt>
              <dd>{data.incidents.notBreaches}</dd>
              <dt>{label('status', 'notified')}</dt>
              <dd>{data.incidents.notified}</dd>
            </dl>
          </section>
          <ReportTable
            title={t('reports.byType')}
            rows={data.byType.map((r) => [label('type', r.type), label('category', r.category), r.values ?? r.events ?? 0, r.incidents])}
            head={[t('incident.col.type'), t('incident.col.category'), t('reports.values'), t('reports.incidents')]}
          />
          <ReportTable
            title={t('reports.byGroup')}
            rows={data.byGroup.map((r) => [r.group || t('fleet.noGroup'), r.events, r.incidents])}
            head={[t('fleet.col.group'), t('reports.events'), t('reports.incidents')]}
          />
          <ReportTable
            title={t('reports.byAction')}
            rows={data.byAction.map((r) => [label('action', r.action), r.events])}
            head={[t('policy.action'), t('reports.events')]}
          />
          <ReportTable
            title={t('reports.byDecision')}
            rows={(data.byDecision ?? []).map((r) => [label('decision', r.decision), r.events])}
            head={[t('reports.decision'), t('reports.events')]}
          />
        </div>
      )}
    </div>
  );
}

function ReportTable({ title, head, rows }: { title: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <section class="card">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('reports.empty')}</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              {head.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j} class={typeof c === 'number' ? 'num' : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
