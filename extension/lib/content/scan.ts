// One synchronous look at a piece of text: what the engine found and its
// summary. `detect` is fast enough to run inside a paste or keydown handler,
// which is what lets the guard decide before the text reaches the page.
import { canonicalValue, detect, summarize } from '../../../shared/detect/index.ts';
import type { TextSummary } from '../../../shared/detect/api.ts';
import type { Finding } from '../../../shared/detect/types.ts';

export interface TextScan {
  text: string;
  findings: Finding[];
  summary: TextSummary;
}

export function scanText(text: string): TextScan {
  const findings = text.length > 0 ? detect(text) : [];
  return { text, findings, summary: summarize(text, findings) };
}

export function scanFrom(text: string, findings: Finding[]): TextScan {
  return { text, findings, summary: summarize(text, findings) };
}

/** Identity of a value for "already seen" bookkeeping: type and normalized value, never leaves memory. */
export function valueKey(finding: Finding, text: string): string {
  return `${finding.type}:${canonicalValue(finding, text)}`;
}

export function hasFindings(scan: TextScan): boolean {
  return scan.findings.length > 0;
}
