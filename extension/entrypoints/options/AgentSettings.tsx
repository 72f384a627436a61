import { useState } from 'preact/hooks';
import { writeLocalSettings, type AgentConfig } from '../../lib/background/settings.ts';
import { t } from '../../lib/ui/i18n.ts';

export function AgentSettings({ agent }: { agent: AgentConfig }) {
  const [url, setUrl] = useState(agent.url);
  const [token, setToken] = useState(agent.token ?? '');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    try {
      const u = new URL(url.trim());
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
    } catch {
      setError(t('options_agent_url_invalid'));
      return;
    }
    setError(null);
    await writeLocalSettings({ agentUrl: url.trim(), agentToken: token.trim() || undefined });
    setSaved(true);
  }

  return (
    <section aria-labelledby="agent-h">
      <h2 id="agent-h">{t('options_agent_title')}</h2>
      {agent.managed && <p class="note">{t('options_managed_readonly')}</p>}
      <form onSubmit={save}>
        <label>
          {t('options_agent_url')}
          <input
            name="agentUrl"
            type="url"
            value={url}
            readOnly={agent.managed}
            onInput={(e) => {
              setUrl((e.target as HTMLInputElement).value);
              setSaved(false);
            }}
          />
        </label>
        <label>
          {t('options_agent_token')}
          <input
            name="agentToken"
            type="password"
            autoComplete="off"
            value={token}
            readOnly={agent.managed}
            onInput={(e) => {
              setToken((e.target as HTMLInputElement).value);
              setSaved(false);
            }}
          />
        </label>
        {error && <p role="alert" class="error">{error}</p>}
        {!agent.managed && (
          <button type="submit" data-testid="save-agent">
            {t('options_save')}
          </button>
        )}
        {saved && <span role="status"> {t('options_saved')}</span>}
      </form>
    </section>
  );
}
