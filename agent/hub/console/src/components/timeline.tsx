import { label, t } from '../i18n/index.ts';
import { formatDateTime } from '../lib/datetime.ts';
import type { IncidentEvent } from '../types.ts';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function Timeline({ events }: { events: IncidentEvent[] }) {
  const sorted = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <ol class="timeline">
      {sorted.map((e) => (
        <li key={e.id} class={`decision-${e.decision}`} data-event-id={e.id}>
          <div class="timeline-head">
            {t('incident.event', {
              time: formatDateTime(e.occurredAt),
              channel: label('channel', e.channel),
              action: label('action', e.action),
              decision: label('decision', e.decision),
            })}
          </div>
          <div>
            {t('incident.eventFindings', {
              findings: e.findings.map((f) => `${label('type', f.type)} × ${f.count}${f.masked.length ? ` (${f.masked.join(', ')})` : ''}`).join('; '),
            })}
            {e.summary?.looksLikeList && <span class="badge">{t('incident.list')}</span>}
          </div>
          {e.file && <div class="muted small">{t('incident.file', { kind: e.file.kind, size: size(e.file.sizeBytes) })}</div>}
          {e.frameOrigin && <div class="muted small">{t('incident.frame', { origin: e.frameOrigin })}</div>}
          {e.justification && <blockquote>{t('incident.justification', { text: e.justification })}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
