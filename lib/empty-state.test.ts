import { describe, expect, it } from "vitest";
import { nextStepFor } from "./empty-state";

const as = (role: "administrator" | "ministry_staff" | "regency_official" | "researcher") => ({ role, regions: role === "regency_official" ? ["18.01"] : [] });

describe("an empty state offers what this user can do, or who can", () => {
  it.each([
    ["researcher", "respondents", "importRespondents"],
    ["administrator", "respondents", "importRespondents"],
    // the regency official is never told to import respondent data, which she cannot do
    ["regency_official", "respondents", "importPktdOnly"],
    ["ministry_staff", "respondents", "askImporter"],
    ["regency_official", "pktd", "importPktd"],
    ["ministry_staff", "pktd", "askPktdImporter"],
  ] as const)("%s, missing %s → %s", (role, missing, step) => {
    expect(nextStepFor(as(role), missing)).toBe(step);
  });
});
