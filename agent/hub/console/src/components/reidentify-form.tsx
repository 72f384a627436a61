import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { t } from '../i18n/index.ts';
import { parseLines } from '../lib/policy-diff.ts';
import { TextArea } from './field.tsx';
import { ErrorBox } from './status.tsx';

/** Law 91/2025 pseudonyms are reversible only by an admin with a stated, audited reason (interfaces.md §5). */
export function ReidentifyForm({ pseudonym, onDone }: { pseudonym: string; onDone: () => void }) {
  const [names, setNames] = useState('');
  const [reason, setReason] = useState('');
  const [matches, setMatches] = useState<string[] | null>(null);
  const action = useAction();
  return (
    <form
      class="subform"
      onSubmit={async (e) => {
        e.preventDefault();
        const out = await action.run(() =>
          api.post<{ matches: string[] }>('/api/reidentify', { user: pseudonym, accountNames: parseLines(names), reason }),
        );
        if (out) {
          setMatches(out.matches);
          onDone();
        }
      }}
    >
      <p class="muted">{t('incident.reidentifyHelp')}</p>
      <TextArea label={t('incident.accountNames')} name="accountNames" value={names} onInput={setNames} required rows={3} />
      <TextArea label={t('incident.reidentifyReason')} name="reidentifyReason" value={reason} onInput={setReason} required rows={2} />
      <ErrorBox error={action.error} />
      <button type="submit" disabled={action.busy}>
        {t('incident.reidentifySubmit')}
      </button>
      {matches && (
        <p role="status">{matches.length ? t('incident.reidentifyMatch', { names: matches.join(', ') }) : t('incident.reidentifyNoMatch')}</p>
      )}
    </form>
  );
}
