/**
 * Fixed-window rate limit: the decision for one request, given its window's count (this request
 * included) and when the window began. Pure: the counts live in the database (shared by every
 * server process) and the clock is passed in.
 */
export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export function rateDecision(input: { count: number; windowStartMs: number; nowMs: number; limit: number; windowMs: number }): RateDecision {
  if (input.count > input.limit) {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((input.windowStartMs + input.windowMs - input.nowMs) / 1000)) };
  }
  return { ok: true, remaining: input.limit - input.count };
}
