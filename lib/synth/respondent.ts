import { RESPONDENT_FIELDS, type FieldDef, type RespondentRecord } from "@/lib/instrument/fields";
import { RUBRIC_V1 } from "@/lib/scoring/rubric";
import { between, clamp, normal, pick, type Random } from "./random";

// level of each code in rubric v1: a more developed place answers higher levels more often
const LEVELS = new Map(RUBRIC_V1.variables.flatMap((v) => v.indicators.flatMap((d) => (d.kind === "levels" ? [[d.name, d.levels] as const] : []))));
const PRODUCTS: Record<string, string[]> = {
  food: ["keripik pisang", "bakso ikan", "kerupuk", "dodol", "tempe", "kopi bubuk", "sambal"],
  craft: ["anyaman bambu", "tapis", "batik", "gerabah"],
  tailoring: ["konveksi", "bordir", "seragam sekolah"],
  agriculture: ["jamur tiram", "bibit sayur", "madu"],
  fishery: ["ikan asin", "terasi", "abon ikan"],
  livestock: ["telur asin", "susu kambing", "pakan ternak"],
  other: ["sabun herbal", "jamu"],
};

/** Picks a code, tilted towards high (z > 0) or low (z < 0) rubric levels. */
function tiltedCode(random: Random, f: FieldDef, z: number): string {
  const codes = f.codes!.map((c) => c.code);
  const levels = LEVELS.get(f.name);
  if (!levels) return pick(random, codes);
  const weights = codes.map((c) => Math.exp(1.3 * z * ((levels[c] ?? 2) - 2)));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < codes.length; i++) if ((r -= weights[i]!) < 0) return codes[i]!;
  return codes[codes.length - 1]!;
}

function distinctCodes(random: Random, f: FieldDef, k: number): string[] {
  const codes = f.codes!.map((c) => c.code);
  const chosen = new Set<string>();
  while (chosen.size < Math.min(k, codes.length)) chosen.add(pick(random, codes));
  return [...chosen].sort();
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export type RespondentContext = { respondentId: string; villageCode: string; clusterCode: string | null; effect: number };

/**
 * One synthetic home-industry actor, valid under the instrument: `effect` is the place's (and
 * cluster's) development, to which each person adds her own variation.
 */
export function synthRespondent(random: Random, ctx: RespondentContext): RespondentRecord {
  const z = ctx.effect + 0.6 * normal(random);
  const record: Record<string, unknown> = {};
  for (const f of RESPONDENT_FIELDS) {
    const blank = !f.required && random() < 0.08;
    switch (f.name) {
      case "respondent_id":
        record[f.name] = ctx.respondentId;
        continue;
      case "village_code":
        record[f.name] = ctx.villageCode;
        continue;
      case "cluster_code":
        record[f.name] = ctx.clusterCode;
        continue;
      case "gender":
        record[f.name] = random() < 0.86 ? "female" : "male";
        continue;
      case "product":
        record[f.name] = blank ? null : pick(random, PRODUCTS[String(record.business_category)] ?? PRODUCTS.other!);
        continue;
      case "permit_type":
        record[f.name] = blank ? null : record.business_permit === "yes" ? pick(random, ["sku", "nib_iumk", "pirt", "halal"]) : "none";
        continue;
      case "supporting_institutions":
        record[f.name] = distinctCodes(random, f, clamp(Math.round(1.2 + 1.1 * z + normal(random)), 0, 4));
        continue;
      case "hi_program_support":
        // a multi-select is always a list once validated ([] = none)
        record[f.name] = random() < sigmoid(z - 0.8) ? distinctCodes(random, f, between(random, 1, 2)) : [];
        continue;
    }
    if (blank) record[f.name] = f.type === "multi" ? [] : null;
    else if (f.type === "code") record[f.name] = tiltedCode(random, f, z);
    else if (f.type === "likert") record[f.name] = clamp(Math.round(3 + 0.8 * z + normal(random)), 1, 5);
    else if (f.group === "ir") record[f.name] = clamp(Math.round(1.5 + 0.8 * z + 0.7 * normal(random)), f.min ?? 0, f.max ?? 3);
    else if (f.type === "integer") record[f.name] = between(random, Math.max(f.min ?? 0, 18), Math.min(f.max ?? 70, 70));
    else if (f.type === "multi") record[f.name] = [];
    else record[f.name] = null;
  }
  return record as RespondentRecord;
}
