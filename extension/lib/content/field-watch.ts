// Typed text: each field gets its own incremental scanner, fed a debounced
// diff of the field's text, and a quiet indicator while it holds personal data
// that policy cares about. The dialog waits until the user tries to send.
import { createIncrementalScanner } from '../../../shared/detect/index.ts';
import type { IncrementalScanner } from '../../../shared/detect/api.ts';
import type { Field } from '../editors/field.ts';
import { readFieldText } from '../editors/dom-text.ts';
import { guardIdle, passesWithoutAsking, quickVerdict } from './decision-flow.ts';
import { hideIndicator, showIndicator } from './indicator.ts';
import { loadPolicy } from './policy-cache.ts';
import { scanFrom, type TextScan } from './scan.ts';
import type { SiteContext } from './site.ts';
import { textChange } from './text-change.ts';
import { LONG_TEXT } from './long-text.ts';
import { scanTextInSlices } from '../files/scan-text.ts';

const DEBOUNCE_MS = 150;

interface FieldState {
  scanner: IncrementalScanner;
  text: string;
  scan: TextScan | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** Last slice-by-slice read of the field while it was longer than LONG_TEXT. */
  long?: { text: string; scan: TextScan; partial: boolean };
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
    const scan = scanField(field);
    if (scan) refreshIndicator(field, scan, here);
    else void scanLongField(field, s).then((long) => long && refreshIndicator(field, long, ctx()));
  }, DEBOUNCE_MS);
}

/** A field too long to read in one go: read it in slices, and remember the result for the send. */
async function scanLongField(field: Field, s: FieldState): Promise<TextScan | null> {
  const text = readFieldText(field);
  try {
    const read = await scanTextInSlices(text);
    if (readFieldText(field) !== text) return null;
    // The incremental scanner starts afresh if the field ever gets short again.
    s.scanner = createIncrementalScanner();
    s.text = '';
    s.long = { text, scan: scanFrom(read.text, read.findings), partial: read.cut };
    return s.long.scan;
  } catch {
    return null;
  }
}

/**
 * The field's current scan, brought up to date now (a send is being decided).
 * Null for a field too long to read inside an event handler (LONG_TEXT).
 */
export function scanField(field: Field): TextScan | null {
  const s = stateOf(field);
  if (s.timer !== null) {
    clearTimeout(s.timer);
    s.timer = null;
  }
  const text = readFieldText(field);
  if (s.scan && text === s.text) return s.scan;
  if (text.length > LONG_TEXT) return s.long && s.long.text === text && !s.long.partial ? s.long.scan : null;
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
