import { flushCompileCache, getCompileCacheDir } from 'node:module';

/**
 * How this start got its code: `off` (NODE_COMPILE_CACHE not set), `filled`
 * (Node stripped the TypeScript sources and saved the result: the first start
 * after an install or upgrade), `used` (every module came from the cache, so
 * Node's TypeScript stripper, about 17 MB, was never loaded).
 */
export type CompileCacheState = 'off' | 'filled' | 'used';

/** Saves the compile cache now (not only at a clean exit, so a kill -9 does not lose it) and reports its state. */
export function persistCompileCache(): CompileCacheState {
  if (!getCompileCacheDir()) return 'off';
  flushCompileCache();
  // Node's own list of the built-in modules it loaded; the stripper is one of them.
  const loaded = (process as { moduleLoadList?: string[] }).moduleLoadList ?? [];
  return loaded.some((name) => name.includes('amaro')) ? 'filled' : 'used';
}
