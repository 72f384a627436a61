import { label, t } from '../i18n/index.ts';
import { formatDateTime } from '../lib/datetime.ts';
import type { AuditEntry } from '../types.ts';

function detailText(d: unknown): string {
  if (d === null || d === undefined) return '';
  if (typeof d === 'string') return d;
  return Object.entries(d as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

export function AuditTable({ entries, showTarget }: { entries: AuditEntry[]; showTarget?: boolean }) {
  return (
    <table class="data audit">
      <thead>
        <tr>
          <th scope="col">{t('audit.col.at')}</th>
          <th scope="col">{t('audit.col.actor')}</th>
          <th scope="col">{t('audit.col.action')}</th>
          {showTarget && <th scope="col">{t('audit.col.target')}</th>}
          <th scope="col">{t('audit.col.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((a, i) => (
          <tr key={a.id ?? i}>
            <td>{formatDateTime(a.at)}</td>
            <td>{a.actor}</td>
            <td data-action={a.action}>{label('auditAction', a.action)}</td>
            {showTarget && <td class="small">{a.target ?? ''}</td>}
            <td class="detail">{detailText(a.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
