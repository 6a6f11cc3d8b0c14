import { describe, expect, it } from "vitest";
import { createAccountSchema, updateAccountSchema } from "./auth/account-schemas";
import { formDataToObject, issuesByField } from "./form-data";
import { activeHref, navigationFor } from "./navigation";

describe("formDataToObject", () => {
  it("keeps single values as strings, repeated ones as arrays, drops Next's fields", () => {
    const fd = new FormData();
    fd.append("username", "ani");
    fd.append("regions", "18.01");
    fd.append("regions", "18.07");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ username: "ani", regions: ["18.01", "18.07"] });
  });
});

describe("account schemas", () => {
  const valid = { username: " Ani.Lamsel ", displayName: "Ani", role: "regency_official", regions: "18.01, 18.07 18.01", password: "0123456789" };

  it("normalises name and regions", () => {
    const parsed = createAccountSchema.parse(valid);
    expect(parsed.username).toBe("ani.lamsel");
    expect(parsed.regions).toEqual(["18.01", "18.07"]);
  });

  it.each([
    [{ username: "a b" }, "username", "username_format"],
    [{ username: "ab" }, "username", "username_format"],
    [{ displayName: "  " }, "displayName", "required"],
    [{ role: "superuser" }, "role", "role"],
    [{ regions: "18.01.16" }, "regions", "region_code"],
    [{ regions: "" }, "regions", "regions_required"],
    [{ password: "short" }, "password", "password_short"],
  ])("%o → %s: %s", (change, field, key) => {
    const result = createAccountSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(issuesByField(result.error!.issues)[field]).toBe(key);
  });

  it("other roles need no regions", () => {
    expect(createAccountSchema.safeParse({ ...valid, role: "researcher", regions: "" }).success).toBe(true);
  });

  it("reads the active radio as a boolean", () => {
    const parsed = updateAccountSchema.parse({ id: "3", displayName: "Ani", role: "ministry_staff", active: "false" });
    expect(parsed).toMatchObject({ id: 3, active: false, regions: [] });
  });
});

describe("navigation", () => {
  it("shows administration only to administrators", () => {
    expect(navigationFor(null).map((a) => a.key)).toEqual(["home", "public"]);
    expect(navigationFor({ role: "regency_official", regions: ["18.01"] }).map((a) => a.key)).toEqual(["home", "public", "map", "regions", "scores", "indicators", "candidates", "support", "compare", "briefs", "data", "tokens"]);
    expect(navigationFor({ role: "administrator", regions: [] }).map((a) => a.key)).toEqual([
      "home",
      "public",
      "map",
      "regions",
      "scores",
      "indicators",
      "candidates",
      "support",
      "compare",
      "briefs",
      "data",
      "publications",
      "tokens",
      "accounts",
      "rubrics",
      "adminTokens",
      "audit",
    ]);
  });

  it("marks the longest matching area", () => {
    expect(activeHref("/regions/18.01", ["/", "/regions"])).toBe("/regions");
    expect(activeHref("/", ["/", "/regions"])).toBe("/");
    expect(activeHref("/regionsx", ["/", "/regions"])).toBeUndefined();
  });
});
