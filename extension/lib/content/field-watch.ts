// Typed text: each field gets its own incremental scanner, fed a debounced
// diff of the field's text, and a quiet indicator while it holds personal data
// that policy cares about. The dialog waits until the user tries to send.
import { createIncrementalScanner } from '../../../shared/detect/index.ts';
import type { IncrementalScanner } from '../../../shared/detect/api.ts';
import type { Field } from '../editors/field.ts';
import { readFieldText } from '../editors/dom-text.ts';
import { hideIndicator, showIndicator } from '../ui/inline-indicator.ts';
import { guardIdle, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { loadPolicy } from './policy-cache.ts';
import { scanFrom, type TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';
import { textChange } from './text-change.ts';

const DEBOUNCE_MS = 150;

interface FieldState {
  scanner: IncrementalScanner;
  text: string;
  scan: TextScan | null;
  timer: ReturnType<typeof setTimeout> | null;
}

const states = new WeakMap<Field, FieldState>();

function stateOf(field: Field): FieldState {
  let s = states.get(field);
  if (!s) states.set(field, (s = { scanner: createIncrementalScanner(), text: '', scan: null, timer: null }));
  return s;
}

export function fieldChanged(field: Field, ctx: () => SiteContext): void {
  const s = stateOf(field);
  if (s.timer !== null) clearTimeout(s.timer);
  s.timer = setTimeout(() => {
    s.timer = null;
    const here = ctx();
    // Approved site (or protection off): no scanning at all.
    if (guardIdle(here)) return hideIndicator(field);
    refreshIndicator(field, scanField(field), here);
  }, DEBOUNCE_MS);
}

/** The field's current scan, brought up to date now (a send is being decided). */
export function scanField(field: Field): TextScan {
  const s = stateOf(field);
  if (s.timer !== null) {
    clearTimeout(s.timer);
    s.timer = null;
  }
  const text = readFieldText(field);
  if (s.scan && text === s.text) return s.scan;
  const change = textChange(s.text, text) ?? undefined;
  const findings = s.scanner.update(text, change);
  s.text = text;
  s.scan = scanFrom(text, [...findings]);
  return s.scan;
}

export function refreshIndicator(field: Field, scan: TextScan, ctx: SiteContext): void {
  if (scan.findings.length === 0 || guardIdle(ctx)) {
    hideIndicator(field);
    return;
  }
  const verdict = quickVerdict(scan, ctx);
  if (!verdict) {
    void loadPolicy().then(() => refreshIndicator(field, scan, ctx));
    return;
  }
  if (passesWithoutAsking(verdict.action)) {
    hideIndicator(field);
    return;
  }
  const types = [...new Set(scan.findings.map((f) => f.type))];
  showIndicator(field, types, verdict.action);
}
