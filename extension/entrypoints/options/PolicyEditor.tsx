import { useState } from 'preact/hooks';
import type { Policy } from '../../../shared/policy/schema.ts';
import { writeLocalSettings } from '../../lib/background/settings.ts';
import type { PolicySource } from '../../lib/messages.ts';
import { checkPolicyText, policyToText, type EditorCheck } from '../../lib/pages/policy-editor.ts';
import { t } from '../../lib/ui/i18n.ts';

interface Props {
  policy: Policy;
  source: PolicySource;
  localPolicy: Policy | undefined;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PolicyEditor({ policy, source, localPolicy }: Props) {
  const managed = source === 'managed';
  const [text, setText] = useState(policyToText(localPolicy ?? policy));
  const [check, setCheck] = useState<EditorCheck | null>(null);
  const [saved, setSaved] = useState(false);

  async function save() {
    const result = checkPolicyText(text);
    setCheck(result);
    if (!result.ok) return;
    await writeLocalSettings({ localPolicy: result.policy });
    setSaved(true);
  }

  async function importFile(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    setCheck(checkPolicyText(content));
    setSaved(false);
  }

  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">{t('options_policy_title')}</h2>
      <p data-testid="policy-source">
        {t('options_policy_source', [t(`options_source_${source}`), policy.version])}
      </p>
      {managed ? (
        <>
          <p class="note">{t('options_managed_readonly')}</p>
          <pre data-testid="policy-readonly">{policyToText(policy)}</pre>
        </>
      ) : (
        <>
          {source === 'agent' && <p class="note">{t('options_agent_policy_note')}</p>}
          <textarea
            data-testid="policy-text"
            aria-label={t('options_policy_title')}
            spellcheck={false}
            rows={22}
            value={text}
            onInput={(e) => {
              setText((e.target as HTMLTextAreaElement).value);
              setSaved(false);
            }}
          />
          {check && !check.ok && (
            <ul role="alert" class="error" data-testid="policy-errors">
              {check.problems.map((p, i) => (
                <li key={i}>{t(p.key, [p.where, p.detail])}</li>
              ))}
            </ul>
          )}
          <div class="buttons">
            <button type="button" data-testid="save-policy" onClick={() => void save()}>
              {t('options_save')}
            </button>
            <label class="button">
              {t('options_import')}
              <input type="file" accept="application/json,.json" hidden onChange={(e) => void importFile(e)} />
            </label>
            <button type="button" onClick={() => download(`pdp-guard-policy-${policy.version}.json`, text)}>
              {t('options_export')}
            </button>
            {localPolicy && (
              <button
                type="button"
                onClick={async () => {
                  await writeLocalSettings({ localPolicy: undefined });
                  setText(policyToText(policy));
                  setSaved(false);
                }}
              >
                {t('options_reset')}
              </button>
            )}
            {saved && <span role="status">{t('options_saved')}</span>}
          </div>
        </>
      )}
    </section>
  );
}
