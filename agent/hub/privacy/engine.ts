import type { HubDeps } from '../deps.ts';

/**
 * The detection engine's functions the hub relies on: redactText (the last
 * guard over free text) and pseudonym (re-identification). Loaded once at
 * start-up and injected into createApp.
 */
export async function loadEngine(): Promise<Pick<HubDeps, 'redact' | 'pseudonym'>> {
  const detect = await import('../../../shared/detect/index.ts');
  const mask = await import('../../../shared/mask/index.ts');
  return { redact: detect.redactText, pseudonym: mask.pseudonym };
}
