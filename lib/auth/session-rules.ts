/** When a session token still opens the portal: pure rules, checked on every request. */
export const SESSION = {
  /** hours from sign-in after which the session ends, however active it was (never extended) */
  absoluteHours: 12,
} as const;

/** What the portal puts in its session token (next-auth adds exp, iat, jti). */
export type SessionClaims = {
  uid: string;
  /** the user's session version at sign-in */
  sv: number;
  /** random id of this sign-in, so signing out of one browser can refuse its cookie */
  sid: string;
  /** sign-in time, seconds since the epoch */
  signedInAt: number;
};

/** The token's claims, or null when any is missing or malformed (tokens from before the rules). */
export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, sid, signedInAt } = token;
  if (typeof uid !== "string" || typeof sid !== "string" || sid.length === 0) return null;
  if (typeof sv !== "number" || !Number.isInteger(sv) || typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return null;
  return { uid, sv, sid, signedInAt };
}

/** The moment the session ends, counted from sign-in. */
export function sessionEndsAt(signedInAt: number): Date {
  return new Date((signedInAt + SESSION.absoluteHours * 3600) * 1000);
}

export function withinLifetime(signedInAt: number, now: Date): boolean {
  const signedIn = signedInAt * 1000;
  // a sign-in time in the future means a forged or clock-broken token
  return signedIn <= now.getTime() + 60_000 && now < sessionEndsAt(signedInAt);
}

export type SessionState = { active: boolean; sessionVersion: number; revoked: boolean };

/** Accepted only while the account is active, its version unchanged, not signed out, not too old. */
export function sessionAccepted(claims: SessionClaims, state: SessionState | null, now: Date): boolean {
  if (!state || !state.active || state.revoked) return false;
  return claims.sv === state.sessionVersion && withinLifetime(claims.signedInAt, now);
}
