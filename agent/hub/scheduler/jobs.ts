import type { HubDeps } from '../deps.ts';
import { purge } from '../store/report-repo.ts';
import { checkDeadlines } from './deadline-watch.ts';

const DAY = 86400_000;

export function retentionCutoffs(deps: Pick<HubDeps, 'config'>, now: Date) {
  const years = Math.max(5, deps.config.registerRetentionYears);
  const registerBefore = new Date(now);
  registerBefore.setUTCFullYear(registerBefore.getUTCFullYear() - years);
  return { eventsBefore: new Date(now.getTime() - deps.config.eventRetentionDays * DAY), registerBefore };
}

export async function runPurge(deps: HubDeps) {
  const now = deps.clock.now();
  const { eventsBefore, registerBefore } = retentionCutoffs(deps, now);
  return purge(deps.store.db, eventsBefore, registerBefore, now);
}

/** The deadline watch every minute and the retention purge once a day. */
export function startJobs(deps: HubDeps, intervalMs = 60_000): () => void {
  let lastPurgeDay = '';
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await checkDeadlines(deps);
      const day = deps.clock.now().toISOString().slice(0, 10);
      if (day !== lastPurgeDay) {
        lastPurgeDay = day;
        const r = await runPurge(deps);
        deps.logger.info(r, 'retention purge');
      }
    } catch (e) {
      deps.logger.error({ error: (e as Error).name }, 'scheduled job failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
