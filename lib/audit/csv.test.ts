import { describe, expect, it } from "vitest";
import { auditToCsv } from "./csv";

describe("auditToCsv", () => {
  it("writes one line per row, neutralising cells a spreadsheet would run", () => {
    const csv = auditToCsv(
      [
        { id: 7, at: new Date("2026-11-30T03:04:05Z"), actorUsername: "admin", action: "account.create", entityType: "user", entityId: "=HYPERLINK(\"x\")", before: null, after: { role: "researcher" }, ip: "10.0.0.1" },
        { id: 8, at: new Date("2026-11-30T04:00:00Z"), actorUsername: null, action: "auth.sign_in_failed", entityType: "user", entityId: "@evil", before: undefined, after: { reason: "unknown_user" }, ip: null },
      ],
      (a) => `label:${a}`,
    );
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("id,at,actor,action,action_label,entity_type,entity_id,before,after,ip");
    expect(lines[1]).toBe(`7,2026-11-30T03:04:05.000Z,admin,account.create,label:account.create,user,"'=HYPERLINK(""x"")",,"{""role"":""researcher""}",10.0.0.1`);
    expect(lines[2]).toBe(`8,2026-11-30T04:00:00.000Z,,auth.sign_in_failed,label:auth.sign_in_failed,user,'@evil,,"{""reason"":""unknown_user""}",`);
  });
});
