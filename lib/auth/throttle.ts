/**
 * Sign-in throttling: pure rules over the recent failed attempts. A lock holds only for the
 * address that caused it (one account from one address, or many names from one address), so
 * nobody can lock anyone else out; failures for one account from anywhere only slow its
 * sign-ins down, so guessing a password stays slow without a lock anyone could trigger.
 */
export const THROTTLE = {
  windowMinutes: 15,
  /** failures for one name from one address before that pair is locked */
  maxPerPair: 5,
  /** failures from one address (guessing many names) before that address is locked */
  maxPerAddress: 20,
  /** failures for one name, from any address, before each further attempt waits */
  freeAccountFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 10_000,
} as const;

/** Failures in the window: for the name, for the name from this address, from this address. */
export type RecentFailures = { account: number; pair: number; address: number };

export type ThrottleDecision = { kind: "allow"; delayMs: number } | { kind: "lock"; reason: "pair" | "address" };

/** Wait before checking an attempt: doubling from 1 s past the free failures, at most 10 s. */
export function accountDelayMs(accountFailures: number): number {
  const over = accountFailures - THROTTLE.freeAccountFailures;
  if (over <= 0) return 0;
  return Math.min(THROTTLE.baseDelayMs * 2 ** (over - 1), THROTTLE.maxDelayMs);
}

/**
 * What to do with a sign-in attempt. Without a known address there is no per-address or
 * per-pair bucket (it would be shared by everyone), only the account's slow-down.
 */
export function throttleDecision(recent: RecentFailures, addressKnown: boolean): ThrottleDecision {
  if (addressKnown && recent.address >= THROTTLE.maxPerAddress) return { kind: "lock", reason: "address" };
  if (addressKnown && recent.pair >= THROTTLE.maxPerPair) return { kind: "lock", reason: "pair" };
  return { kind: "allow", delayMs: accountDelayMs(recent.account) };
}

export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
}
