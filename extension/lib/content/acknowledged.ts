// Values the user has already decided to let through on this page (proceeded
// or reported as a false positive): sending them again does not ask again.
// Kept in this frame's memory only, for as long as the page lives.
import type { TextScan } from './scan.ts';
import { valueKey } from './scan.ts';

const acknowledged = new Set<string>();

export function acknowledge(scan: TextScan): void {
  for (const f of scan.findings) acknowledged.add(valueKey(f, scan.text));
}

/** True when every finding in the scan was already let through by the user. */
export function allAcknowledged(scan: TextScan): boolean {
  return scan.findings.every((f) => acknowledged.has(valueKey(f, scan.text)));
}

export function forgetAcknowledged(): void {
  acknowledged.clear();
}
