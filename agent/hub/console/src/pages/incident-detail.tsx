import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApp } from '../app-context.ts';
import { useAction, useApi } from '../hooks.ts';
import { label, t } from '../i18n/index.ts';
import { formatDateTime, parseVnDateTime } from '../lib/datetime.ts';
import { hrefFor } from '../lib/route.ts';
import { canAssess } from '../lib/status-flow.ts';
import type { IncidentDetail } from '../types.ts';
import { Countdown } from '../components/countdown.tsx';
import { Section, TextArea, TextField } from '../components/field.tsx';
import { ErrorBox, Loading, SeverityBadge, StatusBadge } from '../components/status.tsx';
import { AssessmentPanel } from '../components/assessment-panel.tsx';
import { NotificationForm } from '../components/notification-form.tsx';
import { Timeline } from '../components/timeline.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { ReidentifyForm } from '../components/reidentify-form.tsx';

export function IncidentDetailPage({ id }: { id: string }) {
  const { user } = useApp();
  const path = `/api/incidents/${encodeURIComponent(id)}`;
  const { data: loaded, error, loading, reload } = useApi<IncidentDetail>(path);
  // PATCH answers with the updated detail: show it at once rather than re-fetching.
  const [inc, setInc] = useState<IncidentDetail | undefined>();
  useEffect(() => setInc(loaded), [loaded]);

  if (loading && !inc) return <Loading />;
  if (!inc) return <ErrorBox error={error} onRetry={reload} />;
  const assess = canAssess(user.role);

  return (
    <div class="page incident" data-incident-id={inc.id}>
      <p>
        <a href={hrefFor('incidents')}>{t('incident.back')}</a>
      </p>
      <header class="incident-head">
        <h1>{t('incident.title', { site: inc.site })}</h1>
        {inc.number && <p class="muted">{inc.number}</p>}
        <div class="incident-badges">
          <SeverityBadge severity={inc.severity} />
          <StatusBadge status={inc.status} />
          <span class="deadline-box" data-testid="incident-countdown">
            {t('deadline.label')}: <Countdown deadline={inc.deadline} state={inc.deadlineState} showDate />
          </span>
        </div>
      </header>
      <ErrorBox error={error} onRetry={reload} />
      <div class="grid">
        <Section title={t('incident.summary')} id="summary">
          <dl class="facts">
            <dt>{t('incident.workstation')}</dt>
            <dd>{inc.workstation ?? t('app.none')}</dd>
            <dt>{t('incident.group')}</dt>
            <dd>{inc.group ?? t('app.none')}</dd>
            <dt>{t('incident.user')}</dt>
            <dd>
              <code>{inc.user ?? t('app.none')}</code>
            </dd>
            <dt>{t('incident.firstSeen')}</dt>
            <dd>{formatDateTime(inc.firstSeen)}</dd>
            <dt>{t('incident.lastSeen')}</dt>
            <dd>{formatDateTime(inc.lastSeen)}</dd>
            <dt>{t('incident.discoveredAt')}</dt>
            <dd>
              {formatDateTime(inc.discoveredAt)}
              {inc.assessment?.discoveredAtReason && (
                <div class="muted small">{t('incident.discoveredReasonShown', { reason: inc.assessment.discoveredAtReason })}</div>
              )}
            </dd>
            <dt>{t('incident.deadline')}</dt>
            <dd>{formatDateTime(inc.deadline)}</dd>
            {inc.severityScore !== undefined && (
              <>
                <dt>{t('incident.severityScore')}</dt>
                <dd>{inc.severityScore}</dd>
              </>
            )}
          </dl>
          <p class="muted small">{t('deadline.law')}</p>
          {inc.severityExplanation && inc.severityExplanation.length > 0 && (
            <details>
              <summary>{t('incident.severityWhy')}</summary>
              <ul>
                {inc.severityExplanation.map((x, i) => (
                  <li key={i}>
                    {x.detail ?? `${x.factor}: ${String(x.value)}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </Section>
        <Section title={t('incident.assessment')} id="assessment">
          <AssessmentPanel incident={inc} canEdit={assess} onChange={setInc} path={path} />
          {assess && <DiscoveredAtForm incident={inc} path={path} onChange={setInc} />}
        </Section>
      </div>
      <Section title={t('incident.types')} id="types">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('incident.col.type')}</th>
              <th scope="col">{t('incident.col.category')}</th>
              <th scope="col">{t('incident.col.count')}</th>
              <th scope="col">{t('incident.col.distinct')}</th>
              <th scope="col">{t('incident.col.masked')}</th>
            </tr>
          </thead>
          <tbody>
            {inc.typeCounts.map((tc) => (
              <tr key={tc.type} data-type={tc.type}>
                <td>{label('type', tc.type)}</td>
                <td>{label('category', tc.category)}</td>
                <td class="num">{tc.count}</td>
                <td class="num">{tc.distinct}</td>
                <td>
                  {tc.masked.map((m) => (
                    <code key={m} class="mask">
                      {m}
                    </code>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('incident.timeline')} id="timeline">
        <Timeline events={inc.events} />
      </Section>
      <Section title={t('incident.notification')} id="notification">
        <NotificationForm incident={inc} canEdit={assess} path={path} onSaved={reload} />
      </Section>
      <Section title={t('incident.notes')} id="notes">
        <Notes incident={inc} canEdit={assess} path={path} onAdded={reload} />
      </Section>
      <Section title={t('incident.audit')} id="audit">
        <AuditTable entries={inc.audit} />
      </Section>
      {user.role === 'admin' && inc.user && (
        <Section title={t('incident.reidentify')} id="reidentify">
          <ReidentifyForm pseudonym={inc.user} onDone={reload} />
        </Section>
      )}
    </div>
  );
}

function DiscoveredAtForm({ incident, path, onChange }: { incident: IncidentDetail; path: string; onChange: (i: IncidentDetail) => void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(formatDateTime(incident.discoveredAt));
  const invalid = value.trim() !== '' && parseVnDateTime(value) === null;
  const [reason, setReason] = useState('');
  const action = useAction();
  if (!open) {
    return (
      <button type="button" class="link" onClick={() => setOpen(true)}>
        {t('incident.changeDiscovered')}
      </button>
    );
  }
  return (
    <form
      class="subform"
      onSubmit={async (e) => {
        e.preventDefault();
        const iso = parseVnDateTime(value);
        if (!iso) return;
        const out = await action.run(() => api.patch<IncidentDetail>(path, { discoveredAt: iso, discoveredAtReason: reason }));
        if (out) {
          onChange(out);
          setOpen(false);
        }
      }}
    >
      <TextField
        label={t('incident.discoveredAt')}
        name="discoveredAt"
        value={value}
        onInput={setValue}
        placeholder={t('datetime.placeholder')}
        hint={invalid ? t('datetime.invalid') : undefined}
        required
      />
      <TextArea label={t('incident.discoveredReason')} name="discoveredAtReason" value={reason} onInput={setReason} required rows={2} />
      <ErrorBox error={action.error} />
      <button type="submit" class="primary" disabled={action.busy}>
        {t('app.save')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('app.cancel')}
      </button>
    </form>
  );
}

function Notes({ incident, canEdit, path, onAdded }: { incident: IncidentDetail; canEdit: boolean; path: string; onAdded: () => void }) {
  const [text, setText] = useState('');
  const action = useAction();
  return (
    <>
      {incident.notes.length === 0 ? (
        <p class="muted">{t('incident.noNotes')}</p>
      ) : (
        <ul class="notes">
          {incident.notes.map((n, i) => (
            <li key={i}>
              <div class="muted small">
                {formatDateTime(n.at)} · {n.author}
              </div>
              <p>{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          class="subform"
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await action.run(() => api.post(`${path}/notes`, { text }));
            if (ok) {
              setText('');
              onAdded();
            }
          }}
        >
          <TextArea label={t('incident.noteText')} name="note" value={text} onInput={setText} required rows={2} />
          <ErrorBox error={action.error} />
          <button type="submit" disabled={action.busy || !text.trim()}>
            {t('incident.noteAdd')}
          </button>
        </form>
      )}
    </>
  );
}
