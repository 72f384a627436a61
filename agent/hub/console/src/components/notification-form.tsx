import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { IncidentDetail, NotificationFields } from '../types.ts';
import { TextArea } from './field.tsx';
import { ErrorBox, Saved } from './status.tsx';

// The editable parts of the violation section (Decree 356/2025 Art. 28(a),(c),(d)).
const FIELDS = ['act', 'place', 'parties', 'dataVolume', 'responsible', 'consequences', 'measures'] as const;
type Field = (typeof FIELDS)[number];

function pick(n: NotificationFields | undefined): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const f of FIELDS) out[f] = typeof n?.[f] === 'string' ? (n[f] as string) : '';
  return out;
}

export function NotificationForm({
  incident,
  canEdit,
  path,
  onSaved,
}: {
  incident: IncidentDetail;
  canEdit: boolean;
  path: string;
  onSaved: () => void;
}) {
  const [values, setValues] = useState(() => pick(incident.notification));
  useEffect(() => setValues(pick(incident.notification)), [incident.id]);
  const action = useAction();
  const hasSubjectNotice = incident.types.includes('location') || incident.types.includes('biometric');
  const before2026 = (incident.discoveredAt ?? incident.firstSeen) < '2026-01-01T00:00:00.000Z';

  return (
    <div class="notification">
      <p class="muted">{t('incident.notificationHelp')}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          // The hub masks any identifier typed here; show what it actually stored.
          const out = await action.run(() => api.put<NotificationFields>(`${path}/notification`, values));
          if (out) {
            setValues(pick(out));
            onSaved();
          }
        }}
      >
        <div class="form-grid">
          {FIELDS.map((f) => (
            <TextArea
              key={f}
              label={t(`incident.n.${f}` as MessageKey)}
              name={`n-${f}`}
              value={values[f]}
              disabled={!canEdit}
              rows={f === 'consequences' || f === 'measures' ? 4 : 2}
              onInput={(v) => setValues({ ...values, [f]: v })}
            />
          ))}
        </div>
        <ErrorBox error={action.error} />
        {canEdit && (
          <p>
            <button type="submit" class="primary" disabled={action.busy}>
              {t('incident.n.save')}
            </button>{' '}
            <Saved show={action.done} />
          </p>
        )}
      </form>
      <h3>{t('incident.download')}</h3>
      {incident.status === 'new' || incident.status === 'investigating' ? <p class="muted small">{t('incident.draftNote')}</p> : null}
      <ul class="downloads">
        <li>
          <a href={`${path}/notification.docx?form=08`} download data-testid="form08">
            {t('incident.form08')}
          </a>
        </li>
        {before2026 && (
          <li>
            <a href={`${path}/notification.docx?form=03`} download>
              {t('incident.form03')}
            </a>
          </li>
        )}
        {hasSubjectNotice && (
          <li>
            <a href={`${path}/subject-notice.docx`} download>
              {t('incident.subjectNotice')}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
