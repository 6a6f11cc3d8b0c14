import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionAccepted, type SessionClaims } from "@/lib/auth/session-rules";
import { countRecentFailures, endAllSessions, findAccountForSignIn, getSessionAccount, insertAccount, recordLoginAttempt, revokeSession } from "./queries/accounts";
import { migrateDb } from "./migrate";
import { TARGETS, type TestDb } from "./test/targets";

describe.each(TARGETS)("sessions and sign-in failures on $name", ({ create }) => {
  let t: TestDb;
  let id: number;
  beforeAll(async () => {
    t = await create();
    await migrateDb(t.handle.db, t.handle.kind);
    id = await t.handle.db.transaction((tx) =>
      insertAccount(tx, { username: "ani", displayName: "Ani", role: "ministry_staff", passwordHash: "x", regions: [] }),
    );
  });
  afterAll(async () => t?.dispose());

  // a token as the sign-in issued it: the version read from the user row at that moment
  const tokenNow = async (sid: string): Promise<SessionClaims> => ({
    uid: String(id),
    sv: (await findAccountForSignIn(t.handle.db, "ani"))!.sessionVersion,
    sid,
    signedInAt: Math.floor(Date.now() / 1000),
  });
  const accepted = async (claims: SessionClaims) => {
    const found = await getSessionAccount(t.handle.db, id, claims.sid);
    return sessionAccepted(claims, found?.state ?? null, new Date());
  };

  it("ends every earlier session when the version is raised (reset, disable, sign out everywhere)", async () => {
    const before = await tokenNow("browser-a");
    expect(await accepted(before)).toBe(true);
    await t.handle.db.transaction((tx) => endAllSessions(tx, id));
    expect(await accepted(before)).toBe(false);
    // a new sign-in after the change works
    expect(await accepted(await tokenNow("browser-b"))).toBe(true);
  });

  it("refuses a signed-out session, and only that one", async () => {
    const a = await tokenNow("sid-a");
    const b = await tokenNow("sid-b");
    await revokeSession(t.handle.db, { sessionId: "sid-a", userId: id, expiresAt: new Date(Date.now() + 3_600_000) });
    await revokeSession(t.handle.db, { sessionId: "sid-a", userId: id, expiresAt: new Date(Date.now() + 3_600_000) }); // twice is fine
    expect(await accepted(a)).toBe(false);
    expect(await accepted(b)).toBe(true);
  });

  it("counts failures per name, per name and address, and per address; none for an unknown address", async () => {
    const db = t.handle.db;
    const since = new Date(Date.now() - 60_000);
    for (const [username, ip] of [
      ["ani", "10.0.0.1"],
      ["ani", "10.0.0.1"],
      ["ani", "10.0.0.2"],
      ["budi", "10.0.0.1"],
    ] as const)
      await recordLoginAttempt(db, { username, ip, success: false });
    await recordLoginAttempt(db, { username: "ani", ip: "10.0.0.1", success: true });
    expect(await countRecentFailures(db, "ani", "10.0.0.1", since)).toEqual({ account: 3, pair: 2, address: 3 });
    expect(await countRecentFailures(db, "ani", null, since)).toEqual({ account: 3, pair: 0, address: 0 });
    expect(await countRecentFailures(db, "ani", "10.0.0.1", new Date(Date.now() + 60_000))).toEqual({ account: 0, pair: 0, address: 0 });
  });
});
