/**
 * A value computed once per scan (its word list, phrase openers, line
 * index, table rows, topic hits), kept for the scan being made until the
 * engine lets go of them all when the scan ends (forgetScanCaches). Not a
 * WeakMap keyed by the context: V8's young-generation collections keep a
 * WeakMap's values alive after their key died, and such a value holding a
 * slice of the folded text kept the text, so every scan's text was copied
 * into the old generation, and copied at each collection (collections took
 * about three times as long).
 */
export interface ScanCache<V> {
  key: unknown;
  value: V | null;
  /** Called when the engine lets go of a value kept for a scan (one reused by every scan empties itself here). */
  release: (() => void) | null;
}

const caches: ScanCache<unknown>[] = [];

export function scanCache<V>(release: (() => void) | null = null): ScanCache<V> {
  const cache: ScanCache<V> = { key: null, value: null, release };
  caches.push(cache);
  return cache;
}

/** The value for `key`, made now unless it is the one kept. */
export function perScan<V>(cache: ScanCache<V>, key: unknown, make: () => V): V {
  if (cache.key !== key) {
    cache.value = make();
    cache.key = key;
  }
  return cache.value!;
}

/**
 * The value kept for `key`, or null. With `keepFor`, perScan for a look-up
 * made once per match: `keptFor(c, ctx) ?? keepFor(c, ctx, make(ctx))` makes
 * no closure per call, where perScan's argument is one.
 */
export function keptFor<V>(cache: ScanCache<V>, key: unknown): V | null {
  return cache.key === key ? cache.value : null;
}

/** Keeps `value` for `key`, and returns it. */
export function keepFor<V>(cache: ScanCache<V>, key: unknown, value: V): V {
  cache.key = key;
  cache.value = value;
  return value;
}

/** Lets go of every scan cache (the engine calls this once a scan's candidates are collected). */
export function forgetScanCaches(): void {
  for (const cache of caches) {
    if (cache.key !== null && cache.release !== null) cache.release();
    cache.key = cache.value = null;
  }
}

/**
 * Empties a per-scan map or set. V8's clear() makes a new table even for an
 * empty one, and most scans (a message, a keystroke) leave these empty.
 */
export function clearUsed(collection: { size: number; clear(): void }): void {
  if (collection.size !== 0) collection.clear();
}
