import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLUSTER_FIELDS, PKTD_FIELDS, RESPONDENT_FIELDS, type FieldDef } from "@/lib/instrument/fields";
import { recordHash } from "@/lib/surveys/plan";
import { parseFile } from "./parse-file";
import { recordJsonWriter } from "./record-json";
import { RESPONDENT_ROW, VILLAGES, bytesOf, csvOf } from "./test-helpers";
import { recordOf } from "./validate";

/** a value the parser could keep for the field, or (rarely) anything JSON can hold */
function valueOf(f: FieldDef): fc.Arbitrary<unknown> {
  const codes = (f.codes ?? []).map((c) => c.code);
  const typed =
    f.type === "code" && codes.length > 0
      ? fc.constantFrom(...codes)
      : f.type === "multi" && codes.length > 0
        ? fc.uniqueArray(fc.constantFrom(...codes)).map((xs) => xs.sort())
        : ["integer", "likert", "number", "rupiah"].includes(f.type)
          ? fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1e21, 1.5e-7, Infinity, NaN))
          : fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.constantFrom('a"b\\c', "tab\there", "line\nbreak", "\u2028", "\ud800"));
  const anything = fc.oneof(fc.string(), fc.double(), fc.array(fc.oneof(fc.string(), fc.constant(null))), fc.boolean());
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anything });
}

describe("recordJsonWriter (stored hashes must not change)", () => {
  it.each([
    ["respondents", RESPONDENT_FIELDS],
    ["clusters", CLUSTER_FIELDS],
    ["pktd", PKTD_FIELDS],
  ] as const)("writes JSON.stringify(record) and recordHash(record) for any %s record", (_, fields) => {
    const writer = recordJsonWriter(fields);
    fc.assert(
      fc.property(fc.tuple(...fields.map(valueOf)), (values) => {
        const record = recordOf<Record<string, unknown>>(fields, values);
        const written = writer.write(values);
        expect(written.json).toBe(JSON.stringify(record));
        expect(written.hash).toBe(recordHash(record));
        expect(writer.hash(values)).toBe(recordHash(record));
      }),
      { numRuns: 300 },
    );
  });

  it("sorts keys as recordHash does, whatever order the fields come in", () => {
    const fields = ["b", "a_b", "A", "aa", "_x", "a"].map((name) => ({ name, type: "text", required: false, label: { id: name, en: name }, group: "g" }) as FieldDef);
    const values = ["1", "2", "3", "4", "5", "6"];
    expect(recordJsonWriter(fields).hash(values)).toBe(recordHash(recordOf(fields, values)));
    expect(recordJsonWriter([]).write([])).toEqual({ json: "{}", hash: recordHash({}) });
  });

  it("gives the hashes stored before it (a re-import of the same file changes nothing)", async () => {
    const odd = { ...RESPONDENT_ROW, respondent_id: "X-2", age: "", hi_program_support: "", product: 'kue "lapis"\\ \u00e9' };
    const parsed = await parseFile("respondents", "a.csv", bytesOf(csvOf([RESPONDENT_ROW, odd])), VILLAGES);
    // recordHash of these two records before the parse wrote its own JSON
    expect(parsed.rows.map((r) => r.hash)).toEqual([
      "e0f261612f28e40119c2cec2b53aa4aeb874f36a8153a455c60de129ab0a5fa7",
      "d821c5883ef23f507eebf3bd94ac2b7c8080a9791e5df67fa6980e71a990bd0f",
    ]);
    expect(parsed.rows.map((r) => r.hash)).toEqual(parsed.rows.map((r) => recordHash(r.record)));
  });
});
