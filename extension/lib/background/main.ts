// The service worker: answers content scripts, turns reports into events,
// keeps the outbox moving and the policy current. Listeners are registered
// synchronously at start so a stopped worker wakes for messages and alarms.
import { browser } from 'wxt/browser';
import { redactText } from '../../../shared/detect/index.ts';
import type { FindingType } from '../../../shared/detect/types.ts';
import type { EffectivePolicy, MessageKind, Replies, Report, Stats } from '../messages.ts';
import { agencyKey, type AgencyKey } from './agency-key.ts';
import { readAgentStatus } from './agent-status.ts';
import type { Fetch } from './agent-client.ts';
import { publishEffectivePolicy, refreshAgentPolicy } from './effective-policy.ts';
import { handleReport } from './handle-report.ts';
import { parseMessage } from './message-schema.ts';
import { openOutbox, type Outbox } from './outbox.ts';
import { backoffDelay } from './retry.ts';
import { flushOutbox, type FlushResult } from './sender.ts';
import { readManaged, SETTINGS_KEY } from './settings.ts';
import { countDetection, readDayStats } from './stats.ts';

export const ALARM_RETRY = 'pdp-retry';
export const ALARM_REFRESH = 'pdp-refresh';
export const REFRESH_MINUTES = 5;
const HOLD_MS = 5 * 60_000;
const SEND_STATE_KEY = 'sendState';
const OUR_KINDS = new Set<MessageKind>(['pdp:get-policy', 'pdp:report', 'pdp:false-positive', 'pdp:stats', 'pdp:flush']);

export interface BackgroundDeps {
  fetch?: Fetch;
  outboxName?: string;
}

export function startBackground(deps: BackgroundDeps = {}) {
  const doFetch: Fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let outboxP: Promise<Outbox> | null = null;
  const outbox = () => (outboxP ??= openOutbox(deps.outboxName ? { name: deps.outboxName } : {}));
  let keyP: Promise<AgencyKey> | null = null;
  const key = async () => (keyP ??= agencyKey(await readManaged()));
  const extensionVersion = browser.runtime.getManifest().version;

  let flushing: Promise<FlushResult> | null = null;
  let again = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  async function schedule(result: FlushResult) {
    const state = ((await browser.storage.local.get(SEND_STATE_KEY))[SEND_STATE_KEY] as { attempt: number } | undefined) ?? {
      attempt: 0,
    };
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (result.outcome === 'done') {
      if (state.attempt !== 0) await browser.storage.local.set({ [SEND_STATE_KEY]: { attempt: 0 } });
      await browser.alarms.clear(ALARM_RETRY);
      return;
    }
    const attempt = state.attempt + 1;
    await browser.storage.local.set({ [SEND_STATE_KEY]: { attempt } });
    const delay = result.outcome === 'hold' ? HOLD_MS : backoffDelay(attempt, Math.random, result.retryAfter);
    // The alarm survives the worker being stopped; the timer keeps short delays short while it lives.
    await browser.alarms.create(ALARM_RETRY, { when: Date.now() + delay });
    if (delay < 30_000) retryTimer = setTimeout(() => void kick(), delay);
  }

  async function flushOnce(): Promise<FlushResult> {
    const state = await publishEffectivePolicy();
    const result = await flushOutbox({ outbox: await outbox(), fetch: doFetch, agent: state.agent });
    await schedule(result);
    return result;
  }

  /** Deliver now; concurrent callers share one run, and a call during a run causes one more. */
  function kick(): Promise<FlushResult> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      let result: FlushResult;
      do {
        again = false;
        try {
          result = await flushOnce();
        } catch (err) {
          // Storage or IndexedDB trouble: nothing was lost (events leave the
          // outbox only on the agent's word); try again later.
          result = { outcome: 'retry', sent: 0, rejected: 0, remaining: -1 };
          await schedule(result).catch(() => undefined);
          console.warn('PDP Guard: delivery failed', err instanceof Error ? err.name : 'error');
        }
        // A report or a settings change arrived during the run: one more pass,
        // with the current settings, so it does not wait for the next alarm.
      } while (again);
      return result;
    })().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  async function refresh() {
    await refreshAgentPolicy(doFetch);
    await publishEffectivePolicy();
    if ((await (await outbox()).count()) > 0) await kick();
  }

  async function stats(): Promise<Stats> {
    const box = await outbox();
    const [day, counters, depth, agent] = await Promise.all([
      readDayStats(new Date()),
      box.counters(),
      box.count(),
      readAgentStatus(),
    ]);
    return {
      day: day.day,
      detections: day.detections,
      byType: day.byType,
      outbox: { depth, dropped: counters.overflow, rejected: counters.rejected },
      agent,
    };
  }

  async function report(r: Report, sender: { tab?: { url?: string }; url?: string }): Promise<{ ok: true }> {
    const { policy } = await publishEffectivePolicy();
    await handleReport(r, {
      tabUrl: sender.tab?.url,
      frameUrl: sender.url,
      policy,
      key: (await key()).key,
      outbox: await outbox(),
      extensionVersion,
      redact: redactText,
    });
    if (r.decision !== 'false_positive') {
      await countDetection(
        new Date(),
        r.findings.map((f) => ({ type: f.type as FindingType, count: f.count })),
      );
    }
    void kick();
    return { ok: true };
  }

  async function answer(raw: unknown, sender: { id?: string; tab?: { url?: string }; url?: string }): Promise<unknown> {
    const parsed = parseMessage(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const m = parsed.message;
    switch (m.kind) {
      case 'pdp:get-policy': {
        const s = await publishEffectivePolicy();
        return { policy: s.policy, source: s.source, protectionOn: s.protectionOn } satisfies EffectivePolicy;
      }
      case 'pdp:report':
      case 'pdp:false-positive': {
        const r = m.kind === 'pdp:false-positive' ? { ...m.report, decision: 'false_positive' as const } : m.report;
        return report(r as Report, sender);
      }
      case 'pdp:stats':
        return stats();
      case 'pdp:flush': {
        // "Send now" in the popup: also re-ask the agent for its policy.
        await refreshAgentPolicy(doFetch);
        const r = await kick();
        return { ok: true, sent: r.sent, remaining: r.remaining } satisfies Replies['pdp:flush'];
      }
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const kind = (raw as { kind?: unknown } | null)?.kind;
    // Leave messages of other parts (offscreen scanning, …) to their own listeners.
    if (typeof kind !== 'string' || !OUR_KINDS.has(kind as MessageKind)) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'foreign sender' });
    return answer(raw, sender).catch((err: unknown) => ({
      ok: false,
      // Error names only: a message could quote input.
      error: `internal: ${err instanceof Error ? err.name : 'error'}`,
    }));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_RETRY) void kick();
    if (alarm.name === ALARM_REFRESH) void refresh();
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      keyP = null;
      void refresh();
    } else if (area === 'local' && SETTINGS_KEY in changes) {
      void refresh();
    }
  });

  async function boot() {
    if (!(await browser.alarms.get(ALARM_REFRESH))) {
      await browser.alarms.create(ALARM_REFRESH, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 0.5 });
    }
    await publishEffectivePolicy();
    await refresh();
  }
  // Runs on install, browser start and every time the worker is woken (for a
  // message or an alarm), so sending resumes wherever it stopped.
  const booted = boot();

  /** Stops the in-memory retry timer (tests; the worker itself never needs it). */
  function dispose() {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
  }

  return { kick, refresh, stats, outbox, booted, dispose };
}
