import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { levelOfCode, parseAdminUnits, parentCodeOf, toSearchName } from "./admin-units";

const HEADER = "code,name,level,kind,parent_code,centroid_lat,centroid_lng";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

describe("parseAdminUnits", () => {
  it("reads units with their kind, parent and centroid", () => {
    const units = parseAdminUnits(
      csv(
        "18,Lampung,province,,,-4.91731,105.02166",
        "18.01,Kabupaten Lampung Selatan,regency,,18,-5.52993,105.5012",
        "18.71,Kota Bandar Lampung,regency,,18,,",
        "18.01.16,Raja Basa,district,,18.01,-5.91164,105.54184",
        '18.01.16.2004,"Canti",village,desa,18.01.16,-5.79248,105.60393',
      ),
    );
    expect(units.map((u) => [u.code, u.level, u.kind, u.parentCode])).toEqual([
      ["18", "province", null, null],
      ["18.01", "regency", "kabupaten", "18"],
      ["18.71", "regency", "kota", "18"],
      ["18.01.16", "district", null, "18.01"],
      ["18.01.16.2004", "village", "desa", "18.01.16"],
    ]);
    expect(units[3]?.searchName).toBe("rajabasa");
    expect(units[2]?.centroidLat).toBeNull();
    expect(units[4]?.centroidLng).toBe(105.60393);
  });

  it("handles a BOM, CRLF line ends and quoted commas", () => {
    const units = parseAdminUnits("\uFEFF" + csv('12.25.06.2009,"Ononamolo Ii, Iii",village,desa,12.25.06,1.1,97.5').replace(/\n/g, "\r\n"));
    expect(units[0]?.name).toBe("Ononamolo Ii, Iii");
  });

  it.each([
    ["a wrong header", "code,name\n18,Lampung", /line 1/],
    ["an unknown level", csv("18,Lampung,state,,,1,1"), /line 2: unknown level/],
    ["a code that does not fit its level", csv("18.01,X,district,,18,1,1"), /line 2: code '18.01' does not fit/],
    ["a parent that does not match the code", csv("18.01,X,regency,,19,1,1"), /line 2: parent '19'/],
    ["a duplicate code", csv("18,A,province,,,1,1", "18,B,province,,,1,1"), /line 3: duplicate code/],
    ["an empty name", csv("18,,province,,,1,1"), /line 2: name is empty/],
    ["a latitude out of range", csv("18,A,province,,,95,1"), /line 2: '95' is not a coordinate/],
    ["a ragged row", csv("18,A,province"), /./],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseAdminUnits(text)).toThrow(message);
  });

  it("parses the shipped Kemendagri file: 91,081 units in four levels", () => {
    const text = readFileSync(path.join(__dirname, "../../../shared/data/geo/indonesia-admin-units.csv"), "utf8");
    const units = parseAdminUnits(text);
    const count = (level: string) => units.filter((u) => u.level === level).length;
    expect(units).toHaveLength(91_081);
    expect([count("province"), count("regency"), count("district"), count("village")]).toEqual([37, 514, 7_284, 83_246]);
  });
});

describe("codes and names", () => {
  it.each([
    ["18", null, "province"],
    ["18.01", "18", "regency"],
    ["18.01.16", "18.01", "district"],
    ["18.01.16.2004", "18.01.16", "village"],
  ])("%s has parent %s and level %s", (code, parent, level) => {
    expect(parentCodeOf(code)).toBe(parent);
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(["1", "18.1", "18.01.16.200", "abc", "18.01.16.2004.1"])("%s is not a code", (code) => {
    expect(levelOfCode(code)).toBeNull();
  });

  it.each([
    ["Raja Basa", "rajabasa"],
    ["Rajabasa", "rajabasa"],
    ["Way Muli Timur", "waymulitimur"],
    ["Ogan Komering Ulu (OKU)", "ogankomeringuluoku"],
    ["Pé-Ñ", "pen"],
  ])("search name of %s is %s", (name, expected) => {
    expect(toSearchName(name)).toBe(expected);
  });
});
