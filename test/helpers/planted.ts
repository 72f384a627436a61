// Searching for planted values where the extension keeps data: its IndexedDB
// (read live through the service worker) and the profile's files on disk.
// Every search is meant to be run with a positive control, a harmless marker
// that went through the same path and must be found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';

/** Every record of every object store of the extension's IndexedDB databases, as JSON. */
export async function dumpIndexedDb(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    const dbs = await indexedDB.databases();
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      out[info.name] = {};
      for (const store of Array.from(db.objectStoreNames)) {
        out[info.name]![store] = await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}

function walk(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile() && st.size < 64 * 1024 * 1024) out.push(p);
  }
  return out;
}

/** Files under `dir` whose bytes contain `needle` as UTF-8 or UTF-16LE. */
export function filesContaining(dir: string, needle: string): string[] {
  const utf8 = Buffer.from(needle, 'utf8');
  const utf16 = Buffer.from(needle, 'utf16le');
  return walk(dir).filter((f) => {
    try {
      const bytes = readFileSync(f);
      return bytes.includes(utf8) || bytes.includes(utf16);
    } catch {
      return false;
    }
  });
}

/** The extension's IndexedDB and extension-storage folders inside a Chromium profile. */
export function extensionDataDirs(userDataDir: string, extensionId: string): string[] {
  const profile = join(userDataDir, 'Default');
  const idbRoot = join(profile, 'IndexedDB');
  let idb: string[] = [];
  try {
    idb = readdirSync(idbRoot)
      .filter((name) => name.includes(extensionId))
      .map((name) => join(idbRoot, name));
  } catch {
    idb = [];
  }
  return [...idb, join(profile, 'Local Extension Settings', extensionId)];
}

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
