import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_POLICY, policySchema, type Policy } from '../../../../../shared/policy/schema.ts';
import { ACTIONS, type Action } from '../../../../../shared/event/schema.ts';
import { FINDING_TYPES } from '../../../../../shared/detect/types.ts';
import { api } from '../api.ts';
import { useApp } from '../app-context.ts';
import { useAction, useApi } from '../hooks.ts';
import { label, t } from '../i18n/index.ts';
import { formatDateTime } from '../lib/datetime.ts';
import { diffValues, parseLines, type Change } from '../lib/policy-diff.ts';
import { actionRows, rowsToActions, rowsToThresholds, thresholdRows, type ActionRow, type ThresholdRow } from '../lib/policy-form.ts';
import type { PolicyState } from '../types.ts';
import { SelectField, TextArea, TextField } from '../components/field.tsx';
import { DiffTable } from '../components/diff-table.tsx';
import { ErrorBox, Loading, Saved } from '../components/status.tsx';

const actionOptions = () => ACTIONS.map((a) => ({ value: a, label: label('action', a) }));

interface Draft {
  approved: string;
  blocked: string;
  defaultAction: Action;
  actions: ActionRow[];
  thresholds: ThresholdRow[];
  failMode: Policy['failMode'];
  recordSite: Policy['recordSite'];
  reasons: string;
}

function toDraft(p: Policy): Draft {
  return {
    approved: p.approvedSites.join('\n'),
    blocked: p.blockedSites.join('\n'),
    defaultAction: p.defaultAction,
    actions: actionRows(p.actions),
    thresholds: thresholdRows(p.thresholds),
    failMode: p.failMode,
    recordSite: p.recordSite,
    reasons: p.reasons.join('\n'),
  };
}

function fromDraft(d: Draft, version: string): Policy {
  return {
    version,
    approvedSites: parseLines(d.approved),
    blockedSites: parseLines(d.blocked),
    defaultAction: d.defaultAction,
    actions: rowsToActions(d.actions),
    thresholds: rowsToThresholds(d.thresholds),
    failMode: d.failMode,
    recordSite: d.recordSite,
    reasons: parseLines(d.reasons),
  };
}

export function PolicyPage() {
  const { user } = useApp();
  const { data, error, loading, reload } = useApi<PolicyState>('/api/policy');
  const base = useMemo<Policy>(() => {
    const parsed = policySchema.safeParse(data?.current?.policy);
    return parsed.success ? parsed.data : DEFAULT_POLICY;
  }, [data]);
  const [draft, setDraft] = useState<Draft>(() => toDraft(base));
  useEffect(() => setDraft(toDraft(base)), [base]);
  const [comment, setComment] = useState('');
  const publish = useAction();
  const [published, setPublished] = useState('');
  const isAdmin = user.role === 'admin';

  if (loading && !data) return <Loading />;
  const candidate = fromDraft(draft, base.version);
  const changes = diffValues(base, candidate).filter((c) => c.path !== 'version');
  const valid = policySchema.safeParse(candidate);

  return (
    <div class="page">
      <h1>{t('policy.title')}</h1>
      <ErrorBox error={error} onRetry={reload} />
      <p data-testid="policy-current">
        {data?.current?.publishedAt
          ? t('policy.current', { version: data.current.version, at: formatDateTime(data.current.publishedAt), author: data.current.author ?? '' })
          : t('policy.noCurrent')}
      </p>
      {!isAdmin && <p class="muted">{t('policy.readOnly')}</p>}
      <form
        class="card policy-editor"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!valid.success) return;
          const out = await publish.run(() => api.put<{ version: string }>('/api/policy', { policy: candidate, comment }));
          if (out) {
            setPublished(out.version);
            setComment('');
            reload();
          }
        }}
      >
        <h2>{t('policy.editor')}</h2>
        <fieldset disabled={!isAdmin}>
          <div class="form-grid">
            <TextArea label={t('policy.approved')} name="approvedSites" value={draft.approved} onInput={(v) => setDraft({ ...draft, approved: v })} rows={5} />
            <TextArea label={t('policy.blocked')} name="blockedSites" value={draft.blocked} onInput={(v) => setDraft({ ...draft, blocked: v })} rows={5} />
            <SelectField
              label={t('policy.defaultAction')}
              name="defaultAction"
              value={draft.defaultAction}
              options={actionOptions()}
              onInput={(v) => setDraft({ ...draft, defaultAction: v as Action })}
            />
            <SelectField
              label={t('policy.failMode')}
              name="failMode"
              value={draft.failMode}
              options={(['open', 'closed'] as const).map((m) => ({ value: m, label: t(`policy.failMode.${m}`) }))}
              onInput={(v) => setDraft({ ...draft, failMode: v as Policy['failMode'] })}
            />
            <SelectField
              label={t('policy.recordSite')}
              name="recordSite"
              value={draft.recordSite}
              options={(['origin', 'host', 'url'] as const).map((m) => ({ value: m, label: t(`policy.recordSite.${m}`) }))}
              onInput={(v) => setDraft({ ...draft, recordSite: v as Policy['recordSite'] })}
            />
          </div>
          {/* Suggests the keys the agents understand: a type, a category or *. */}
          <datalist id="policy-keys">
            {['*', 'basic', 'sensitive', ...FINDING_TYPES].map((k) => (
              <option key={k} value={k}>
                {k === '*' || k === 'basic' || k === 'sensitive' ? k : label('type', k)}
              </option>
            ))}
          </datalist>
          <h3>{t('policy.actions')}</h3>
          <p class="muted small">{t('policy.actionsHelp')}</p>
          <RuleRows
            rows={draft.actions}
            onChange={(actions) => setDraft({ ...draft, actions })}
            blank={{ key: '', action: 'warn' }}
            withMin={false}
          />
          <h3>{t('policy.thresholds')}</h3>
          <RuleRows
            rows={draft.thresholds}
            onChange={(thresholds) => setDraft({ ...draft, thresholds })}
            blank={{ key: '*', min: 10, action: 'block' }}
            withMin
          />
          <TextArea label={t('policy.reasons')} name="reasons" value={draft.reasons} onInput={(v) => setDraft({ ...draft, reasons: v })} rows={3} />
          <h3>{t('policy.preview')}</h3>
          {changes.length === 0 ? <p class="muted">{t('policy.noChanges')}</p> : <DiffTable changes={changes} />}
          {!valid.success && (
            <p class="alert alert-error" role="alert">
              {t('policy.invalid', { detail: valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })}
            </p>
          )}
          <TextField label={t('policy.comment')} name="comment" value={comment} onInput={setComment} required />
          <ErrorBox error={publish.error} />
          <button type="submit" class="primary" disabled={publish.busy || changes.length === 0 || !valid.success}>
            {t('policy.publish')}
          </button>{' '}
          {published && <Saved show />}
          {published && <span role="status">{t('policy.published', { version: published })}</span>}
        </fieldset>
      </form>
      {data && <Versions state={data} />}
    </div>
  );
}

function RuleRows<R extends { key: string; action: Action; min?: number }>({
  rows,
  onChange,
  blank,
  withMin,
}: {
  rows: R[];
  onChange: (rows: R[]) => void;
  blank: R;
  withMin: boolean;
}) {
  const update = (i: number, patch: Partial<R>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <table class="data rules">
      <thead>
        <tr>
          <th scope="col">{t('policy.key')}</th>
          {withMin && <th scope="col">{t('policy.min')}</th>}
          <th scope="col">{t('policy.action')}</th>
          <th scope="col">
            <span class="sr-only">{t('policy.removeRule')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>
              <input aria-label={t('policy.key')} list="policy-keys" value={r.key} onInput={(e) => update(i, { key: e.currentTarget.value } as Partial<R>)} />
            </td>
            {withMin && (
              <td>
                <input
                  aria-label={t('policy.min')}
                  type="number"
                  min={1}
                  value={r.min}
                  onInput={(e) => update(i, { min: Number(e.currentTarget.value) } as Partial<R>)}
                />
              </td>
            )}
            <td>
              <select aria-label={t('policy.action')} value={r.action} onChange={(e) => update(i, { action: e.currentTarget.value as Action } as Partial<R>)}>
                {actionOptions().map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <button type="button" class="link" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t('policy.removeRule')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={withMin ? 4 : 3}>
            <button type="button" onClick={() => onChange([...rows, { ...blank }])}>
              {t('policy.addRule')}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function Versions({ state }: { state: PolicyState }) {
  const versions = state.versions;
  const [from, setFrom] = useState(versions[1]?.version ?? versions[0]?.version ?? '');
  const [to, setTo] = useState(versions[0]?.version ?? '');
  const [changes, setChanges] = useState<Change[] | null>(null);
  const action = useAction();
  if (versions.length === 0) return null;
  const opts = versions.map((v) => ({ value: v.version, label: v.version }));
  return (
    <section class="card">
      <h2>{t('policy.versions')}</h2>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('policy.col.version')}</th>
            <th scope="col">{t('policy.col.publishedAt')}</th>
            <th scope="col">{t('policy.col.author')}</th>
            <th scope="col">{t('policy.col.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{formatDateTime(v.publishedAt)}</td>
              <td>{v.author}</td>
              <td>{v.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && (
        <form
          class="toolbar"
          onSubmit={async (e) => {
            e.preventDefault();
            const out = await action.run(() =>
              api.get<{ changes: Change[] }>(`/api/policy/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
            );
            if (out) setChanges(out.changes);
          }}
        >
          <SelectField label={t('policy.compareFrom')} name="diffFrom" value={from} onInput={setFrom} options={opts} />
          <SelectField label={t('policy.compareTo')} name="diffTo" value={to} onInput={setTo} options={opts} />
          <button type="submit">{t('policy.compare')}</button>
        </form>
      )}
      <ErrorBox error={action.error} />
      {changes && (changes.length ? <DiffTable changes={changes} /> : <p class="muted">{t('policy.noChanges')}</p>)}
    </section>
  );
}
