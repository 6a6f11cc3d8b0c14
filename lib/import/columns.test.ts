import { describe, expect, it } from "vitest";
import { RESPONDENT_FIELDS } from "@/lib/instrument/fields";
import { classifyColumn, closestField } from "./columns";

const kind = (header: string) => {
  const c = classifyColumn(header, RESPONDENT_FIELDS);
  return c.kind === "field" ? c.field.name : c.kind;
};

describe("classifyColumn", () => {
  it.each([
    ["value_added", "value_added"],
    ["  Value_Added ", "value_added"],
    ["profil/respondent_id", "respondent_id"],
    ["any/group/path/gender", "gender"],
    ["kinerja-value_added", "value_added"],
    ["konektivitas/supporting_institutions", "supporting_institutions"],
    ["konektivitas/supporting_institutions/college", "ignored"],
    ["supporting_institutions/bank", "ignored"],
    ["kebijakan/hi_program_support/permit_facilitation", "ignored"],
    ["konektivitas/supporting_institutions/church", "unknown"],
    ["aktivitas/business_permit/yes", "unknown"],
    ["start", "ignored"],
    ["deviceid", "ignored"],
    ["_submission_time", "ignored"],
    ["__version__", "ignored"],
    ["_geolocation", "ignored"],
    ["meta/instanceID", "ignored"],
    ["formhub/uuid", "ignored"],
    ["SubmissionDate", "ignored"],
    ["catatan", "unknown"],
    ["nama", "unknown"],
  ])("%s → %s", (header, expected) => {
    expect(kind(header)).toBe(expected);
  });
});

describe("closestField", () => {
  it.each([
    ["valu_added", "value_added"],
    ["profil/gendr", "gender"],
    ["Age ", "age"],
    ["catatan", null],
  ])("%s → %s", (header, expected) => {
    expect(closestField(header, RESPONDENT_FIELDS)).toBe(expected);
  });
});
