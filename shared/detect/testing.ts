// Helpers for the recognizers' table tests: a row is a text and the value (as
// written in it) that must, or must not, come out as a finding of one type.
import { expect } from 'vitest';
import { detect } from './engine.ts';
import type { FindingType } from './types.ts';

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
