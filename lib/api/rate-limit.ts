/**
 * Fixed-window request counter per key (a token, or an address for token-less calls). Pure: the
 * clock is passed in. One process serves the portal, so the counts live in memory.
 */
export type RateLimiter = { hit: (key: string, nowMs: number) => { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number } };

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    hit(key, now) {
      let w = windows.get(key);
      if (!w || now - w.start >= options.windowMs) {
        if (!w && windows.size >= maxKeys) {
          for (const [k, v] of windows) if (now - v.start >= options.windowMs) windows.delete(k);
          if (windows.size >= maxKeys) windows.clear();
        }
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      if (w.count > options.limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + options.windowMs - now) / 1000)) };
      return { ok: true, remaining: options.limit - w.count };
    },
  };
}
