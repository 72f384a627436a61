import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messages.ts';
import { popupModel, type PopupModel } from '../../lib/pages/popup-model.ts';
import { t, typeLabel } from '../../lib/ui/i18n.ts';

function time(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString(t('guard_lang')) : t('popup_never');
}

async function load(): Promise<PopupModel> {
  const [tabs, effective, stats] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }).catch(() => []),
    sendToBackground({ kind: 'pdp:get-policy' }),
    sendToBackground({ kind: 'pdp:stats' }),
  ]);
  return popupModel(tabs[0]?.url, effective, stats, new Date());
}

export function Popup() {
  const [model, setModel] = useState<PopupModel | null>(null);
  const [failed, setFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const refresh = () =>
    load()
      .then(setModel)
      .catch(() => setFailed(true));
  useEffect(() => {
    void refresh();
  }, []);

  if (failed) return <main class="popup"><p class="bad">{t('popup_unavailable')}</p></main>;
  if (!model) return <main class="popup" aria-busy="true" />;

  const siteClass = model.site.status === 'approved' ? 'good' : model.site.status === 'blocked' ? 'bad' : 'neutral';
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>

      <section data-testid="site" class={`row ${siteClass}`}>
        <strong>{model.site.host ?? t('popup_no_site')}</strong>
        <span>{t(`popup_site_${model.site.status.replace(/-/g, '_')}`)}</span>
        {model.site.pattern && <small>{t('popup_site_rule', model.site.pattern)}</small>}
      </section>

      <section data-testid="protection" class={`row ${model.protectionOn ? 'good' : 'bad'}`}>
        <span>{t(model.protectionOn ? 'popup_protection_on' : 'popup_protection_off')}</span>
        <small>{t('popup_policy_from', [t(`options_source_${model.source}`), model.policyVersion])}</small>
      </section>

      <section data-testid="today" class="row">
        <strong>{t('popup_today', String(model.detections))}</strong>
        {model.byType.length > 0 && (
          <ul>
            {model.byType.map((b) => (
              <li key={b.type}>
                {typeLabel(b.type)}: {b.count}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section data-testid="agent" class={`row ${model.agent.connected ? 'good' : 'bad'}`}>
        <span>{t(model.agent.connected ? 'popup_agent_connected' : 'popup_agent_disconnected')}</span>
        <small>{t('popup_agent_last_success', time(model.agent.lastSuccessAt))}</small>
        {model.agent.lastError && <small>{t('popup_agent_last_error', model.agent.lastError)}</small>}
        <small>
          {t('popup_outbox', [String(model.outbox.depth), String(model.outbox.dropped), String(model.outbox.rejected)])}
        </small>
      </section>

      <footer>
        <button
          type="button"
          disabled={sending}
          onClick={async () => {
            setSending(true);
            await sendToBackground({ kind: 'pdp:flush' }).catch(() => undefined);
            await refresh();
            setSending(false);
          }}
        >
          {t('popup_send_now')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      </footer>
    </main>
  );
}
