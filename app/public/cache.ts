import "server-only";
import { getDb } from "@/db/client";
import { publicStateStamp } from "@/db/queries/public";

const store = new Map<string, { stamp: string; value: unknown }>();
const MAX_ENTRIES = 500;

/**
 * Public aggregates are computed once per state of the public data: the key includes a stamp that
 * changes whenever a round or publication changes status or scores are recomputed, so a cached
 * value is never stale. One cheap query per request instead of the aggregation.
 */
export async function cachedPublic<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await publicStateStamp(await getDb());
  const hit = store.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = await compute();
  if (store.size >= MAX_ENTRIES) store.clear();
  store.set(key, { stamp, value });
  return value;
}

/** Response headers of public downloads and API answers: shared caches may keep them briefly. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
