import { RESPONDENT_FIELDS, type CodeDef, type FieldDef } from "@/lib/instrument/fields";
import { MIN_CELL } from "./suppress";

/** A respondent as stored: her validated answers and where she was interviewed. */
export type SourceRespondent = { answers: Readonly<Record<string, unknown>>; villageCode: string };

/** 15-19, 20-29, …, 90-99: ten-year bands (the first starts at the instrument's minimum age). */
export const AGE_BANDS: readonly CodeDef[] = [15, 20, 30, 40, 50, 60, 70, 80, 90].map((from) => {
  const to = from === 15 ? 19 : from + 9;
  const code = `${from}-${to}`;
  return { code, label: { id: `${code} tahun`, en: `${code} years` } };
});

export function ageBand(age: unknown): string | null {
  if (typeof age !== "number" || !Number.isFinite(age)) return null;
  const from = Math.max(15, Math.floor(age / 10) * 10);
  return AGE_BANDS.find((b) => b.code.startsWith(`${from}-`))?.code ?? null;
}

/** A village code's district: 18.01.16.2004 → 18.01.16. */
export function districtOf(villageCode: string): string {
  return villageCode.split(".").slice(0, 3).join(".");
}

const REPLACED = new Set(["respondent_id", "village_code", "cluster_code", "age"]);
/** Free text can hold names, phone numbers, anything: it never leaves the portal. */
const isFreeText = (f: FieldDef) => f.type === "text";

/**
 * The columns of the anonymised dataset, derived from the instrument so the two cannot drift:
 * a random id, the region (village, or district where the village is small), the cluster only
 * where it is large enough, age as a band, every coded and numeric answer; no free text.
 */
const KEPT_FIELDS = RESPONDENT_FIELDS.filter((f) => !REPLACED.has(f.name) && !isFreeText(f));

export const ANONYMISED_FIELDS: readonly FieldDef[] = [
  { name: "id", type: "id", required: true, group: "profil", label: { id: "ID acak (bukan ID responden)", en: "Random id (not the respondent id)" } },
  {
    name: "region_code",
    type: "code",
    required: true,
    group: "profil",
    label: {
      id: "Kode desa; kode kecamatan bila desa itu memiliki kurang dari 5 responden",
      en: "Village code; the district code where the village has fewer than 5 respondents",
    },
  },
  {
    name: "region_level",
    type: "code",
    required: true,
    group: "profil",
    codes: [
      { code: "village", label: { id: "Desa", en: "Village" } },
      { code: "district", label: { id: "Kecamatan", en: "District" } },
    ],
    label: { id: "Tingkat wilayah pada region_code", en: "Level of region_code" },
  },
  {
    name: "cluster_code",
    type: "id",
    required: false,
    group: "profil",
    label: {
      id: "Kode sentra / klaster; kosong bila klaster atau desanya memiliki kurang dari 5 responden",
      en: "Centre or cluster code; blank where the cluster or its village has fewer than 5 respondents",
    },
  },
  { name: "age_band", type: "code", required: false, group: "profil", codes: AGE_BANDS, label: { id: "Kelompok umur (10 tahun)", en: "Age band (ten years)" } },
  ...KEPT_FIELDS,
];

export type AnonymisedRow = Record<string, unknown>;

/**
 * Anonymises a round's respondents for publication. `randomId` supplies the new ids (a seeded
 * generator in tests, crypto in the service); rows are ordered by their new id, so the order
 * says nothing about the original ids or the order of interviews.
 */
export function anonymiseRespondents(rows: readonly SourceRespondent[], randomId: () => string): AnonymisedRow[] {
  const perVillage = countBy(rows, (r) => r.villageCode);
  const perCluster = countBy(rows, (r) => clusterOf(r) ?? "");
  const used = new Set<string>();
  const out = rows.map((r) => {
    const smallVillage = (perVillage.get(r.villageCode) ?? 0) < MIN_CELL;
    const cluster = clusterOf(r);
    const row: AnonymisedRow = {
      id: uniqueId(randomId, used),
      region_code: smallVillage ? districtOf(r.villageCode) : r.villageCode,
      region_level: smallVillage ? "district" : "village",
      cluster_code: !smallVillage && cluster && (perCluster.get(cluster) ?? 0) >= MIN_CELL ? cluster : null,
      age_band: ageBand(r.answers.age),
    };
    for (const f of KEPT_FIELDS) row[f.name] = r.answers[f.name] ?? null;
    return row;
  });
  return out.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

function clusterOf(r: SourceRespondent): string | null {
  const c = r.answers.cluster_code;
  return typeof c === "string" && c !== "" ? c : null;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

function uniqueId(randomId: () => string, used: Set<string>): string {
  for (let i = 0; i < 1000; i++) {
    const id = randomId();
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
  throw new Error("random id generator keeps repeating itself");
}
