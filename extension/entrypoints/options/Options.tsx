import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  agentConfig,
  readLocalSettings,
  readManaged,
  writeLocalSettings,
  type AgentConfig,
  type LocalSettings,
} from '../../lib/background/settings.ts';
import { sendToBackground, type EffectivePolicy } from '../../lib/messages.ts';
import { t } from '../../lib/ui/i18n.ts';
import { AgentSettings } from './AgentSettings.tsx';
import { PolicyEditor } from './PolicyEditor.tsx';

interface State {
  effective: EffectivePolicy;
  local: LocalSettings;
  agent: AgentConfig;
  managedProtection: boolean;
}

async function load(): Promise<State> {
  const [effective, local, managed] = await Promise.all([
    sendToBackground({ kind: 'pdp:get-policy' }),
    readLocalSettings(),
    readManaged(),
  ]);
  return {
    effective,
    local,
    agent: agentConfig(managed, local),
    managedProtection: typeof managed.protectionOn === 'boolean' || effective.source === 'managed',
  };
}

export function Options() {
  const [state, setState] = useState<State | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void load().then(setState);
    const onChange = (_: unknown, area: string) => {
      if (area === 'local' || area === 'managed') void load().then(setState);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  if (!state) return <main aria-busy="true" />;
  const { effective } = state;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <section aria-labelledby="protection-h">
        <h2 id="protection-h">{t('options_protection_title')}</h2>
        <label class="check">
          <input
            type="checkbox"
            data-testid="protection"
            checked={effective.protectionOn}
            disabled={state.managedProtection}
            onChange={(e) => void writeLocalSettings({ protectionOn: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('popup_protection_on')}
        </label>
        {state.managedProtection && <p class="note">{t('options_managed_readonly')}</p>}
      </section>
      {/* Re-mount the editor when the effective policy changes under it. */}
      <PolicyEditor
        key={`${effective.source}:${effective.policy.version}:${version}`}
        policy={effective.policy}
        source={effective.source}
        localPolicy={state.local.localPolicy}
      />
      <AgentSettings key={`${state.agent.url}:${state.agent.managed}`} agent={state.agent} />
      <p>
        <button type="button" onClick={() => setVersion((v) => v + 1)}>
          {t('options_reload')}
        </button>
      </p>
    </main>
  );
}
