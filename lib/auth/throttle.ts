/** Sign-in throttling: pure rules over the recent failed attempts. */
export const THROTTLE = {
  windowMinutes: 15,
  /** failures for one account name within the window before it is locked */
  maxPerUsername: 5,
  /** failures from one address within the window (guessing many names) */
  maxPerIp: 20,
} as const;

export function isThrottled(recent: { usernameFailures: number; ipFailures: number }): boolean {
  return recent.usernameFailures >= THROTTLE.maxPerUsername || recent.ipFailures >= THROTTLE.maxPerIp;
}

export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
}
