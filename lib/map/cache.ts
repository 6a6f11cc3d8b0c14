// Next may load this module more than once per process: one cache on globalThis.
// A few views in memory: boundaries and admin units never change while the portal runs.
const store = globalThis as unknown as { __mapViews?: Map<string, Promise<unknown>> };
const cache = (store.__mapViews ??= new Map());
const CACHE_SIZE = 32;

/** Memoises what a map view reads of the admin units (geometry, village counts) by key, least recently used out first. */
export function cachedView<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = load();
  cache.set(key, pending);
  // a failed load (database down) is not remembered
  pending.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return pending;
}
