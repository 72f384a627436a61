import { t, label } from '../i18n/index.ts';
import { ApiError } from '../api.ts';

export function Loading() {
  return <p class="muted" role="status">{t('app.loading')}</p>;
}

export function ErrorBox({ error, onRetry }: { error: Error | undefined; onRetry?: () => void }) {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 403) {
    return <p class="alert alert-error" role="alert">{t('app.forbidden')}</p>;
  }
  // A known error code reads in the console's language; the hub's own
  // (English, technical) detail follows in small print for the record.
  const known = error instanceof ApiError ? label('error', error.body.error) : '';
  const message = error instanceof ApiError && known !== error.body.error ? known : '';
  const detail = error instanceof ApiError ? error.body.detail || error.body.error : error.message;
  return (
    <div class="alert alert-error" role="alert">
      {message ? message : t('app.error', { detail })}
      {message && detail && <div class="small">{detail}</div>}
      {onRetry && (
        <button type="button" class="link" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

export function Saved({ show }: { show: boolean }) {
  return show ? <span class="saved" role="status">{t('app.saved')}</span> : null;
}

export function SeverityBadge({ severity }: { severity: string }) {
  return <span class={`badge sev-${severity}`}>{label('severity', severity)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status-${status}`} data-status={status}>{label('status', status)}</span>;
}

export function TypeList({ types }: { types: string[] }) {
  return (
    <ul class="chips">
      {types.map((ty) => (
        <li key={ty} class="chip" data-type={ty}>
          {label('type', ty)}
        </li>
      ))}
    </ul>
  );
}
