import type { HubEvent } from '../../../shared/event/schema.ts';

/**
 * Defence in depth: the agent should only ever send record masks, but every
 * free-text field goes through the engine's redactText before it is stored,
 * so a buggy or hostile sender still cannot plant a raw identifier.
 */
/** frameOrigin is an origin by contract (§3): anything after it is dropped. */
export function originOnly(value: string): string {
  try {
    const u = new URL(value);
    return u.origin === 'null' ? value : u.origin;
  } catch {
    return value;
  }
}

export function scrubEvent(e: HubEvent, redact: (text: string) => string): HubEvent {
  return {
    ...e,
    site: redact(e.site),
    ...(e.frameOrigin !== undefined ? { frameOrigin: redact(originOnly(e.frameOrigin)) } : {}),
    ...(e.justification !== undefined ? { justification: redact(e.justification) } : {}),
    ...(e.file ? { file: { ...e.file, kind: redact(e.file.kind) } } : {}),
    findings: e.findings.map((f) => ({ ...f, masked: f.masked.map(redact), rules: f.rules.map(redact) })),
    extensionVersion: redact(e.extensionVersion),
    policyVersion: redact(e.policyVersion),
    agentVersion: redact(e.agentVersion),
  };
}

/** A record mask shows at most two digits (before an email's domain); anything more is not a record mask. */
export function maskProblem(e: HubEvent): string | null {
  for (const f of e.findings) {
    for (const m of f.masked) {
      const local = m.includes('@') ? m.slice(0, m.indexOf('@')) : m;
      if ((local.match(/\d/g) ?? []).length > 2) return `findings.${f.type}.masked: not a record mask (more than two digits shown)`;
    }
  }
  return null;
}

/** Memoizes redact within one batch: sites and versions repeat. */
export function memoRedact(redact: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let r = cache.get(text);
    if (r === undefined) {
      r = redact(text);
      if (cache.size < 10_000) cache.set(text, r);
    }
    return r;
  };
}
