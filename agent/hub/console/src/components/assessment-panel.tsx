import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { label, t } from '../i18n/index.ts';
import { needsReason, nextStatuses, type IncidentStatus } from '../lib/status-flow.ts';
import type { IncidentDetail } from '../types.ts';
import { TextArea } from './field.tsx';
import { ErrorBox } from './status.tsx';

/** Moves an incident along new → investigating → decision → notified → closed. */
export function AssessmentPanel({
  incident,
  canEdit,
  path,
  onChange,
}: {
  incident: IncidentDetail;
  canEdit: boolean;
  path: string;
  onChange: (i: IncidentDetail) => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const next = nextStatuses(incident.status);
  const decisionNeeded = next.some(needsReason);

  const move = async (to: IncidentStatus) => {
    if (needsReason(to) && !reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const body = needsReason(to) ? { status: to, reason: reason.trim() } : { status: to };
    const out = await action.run(() => api.patch<IncidentDetail>(path, body));
    if (out) {
      setReason('');
      onChange(out);
    }
  };

  return (
    <div class="assessment" data-testid="assessment">
      <p>
        {t('incident.currentStatus', { status: label('status', incident.status) })}
      </p>
      {incident.assessment?.reason && <p class="muted">{t('incident.decisionReason', { reason: incident.assessment.reason })}</p>}
      {!canEdit && <p class="muted">{t('incident.readOnly')}</p>}
      {canEdit && next.length === 0 && <p class="muted">{t('incident.finalStatus')}</p>}
      {canEdit && next.length > 0 && (
        <>
          {decisionNeeded && (
            <TextArea label={t('incident.reason')} name="reason" value={reason} onInput={setReason} rows={3} />
          )}
          {missing && (
            <p class="alert alert-error" role="alert">
              {t('incident.reasonRequired')}
            </p>
          )}
          <div class="buttons">
            {next.map((to) => (
              <button
                type="button"
                key={to}
                class={to === 'breach_confirmed' ? 'danger' : 'primary'}
                data-transition={to}
                disabled={action.busy}
                onClick={() => move(to)}
              >
                {t('incident.moveTo', { status: label('status', to) })}
              </button>
            ))}
          </div>
          <ErrorBox error={action.error} />
        </>
      )}
    </div>
  );
}
