// Helpers for the recognizers' table tests: a row is a text and the value (as
// written in it) that must, or must not, come out as a finding of one type.
import { expect } from 'vitest';
import { detect } from './engine.ts';
import type { FindingType } from './types.ts';
import type { IncrementalScanner } from './api.ts';

export type Row = [text: string, value: string];

export function expectFound(type: FindingType, [text, value]: Row): void {
  const findings = detect(text);
  const hit = findings.find((f) => text.slice(f.start, f.end) === value);
  expect(hit?.type, `${type} "${value}" in: ${text}\nfound: ${JSON.stringify(findings.map((f) => [f.type, text.slice(f.start, f.end)]))}`).toBe(type);
}

export function expectNotFound(type: FindingType, [text, value]: Row): void {
  const at = text.indexOf(value);
  const findings = detect(text).filter((f) => f.type === type && f.start < at + value.length && f.end > at);
  expect(findings.map((f) => text.slice(f.start, f.end)), `no ${type} at "${value}" in: ${text}`).toEqual([]);
}

/** Types `typed` after `text` a character at a time, as a keyboard does, telling the scanner each edit; returns the new text. */
export function typeAtEnd(scanner: IncrementalScanner, text: string, typed: string): string {
  for (const ch of typed) {
    const next = text + ch;
    scanner.update(next, { start: text.length, removed: 0, inserted: ch.length });
    text = next;
  }
  return text;
}

/** Deletes the last `count` characters of `text` in one edit; returns the new text. */
export function deleteAtEnd(scanner: IncrementalScanner, text: string, count: number): string {
  const cut = text.slice(0, text.length - count);
  scanner.update(cut, { start: cut.length, removed: count, inserted: 0 });
  return cut;
}
