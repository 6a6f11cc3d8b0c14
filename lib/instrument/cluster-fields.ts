import { YES_NO } from "./codes";
import type { FieldDef } from "./field-types";

const L = (id: string, en: string) => ({ id, en });

/** Section 2 of instrument.md: one row per sentra / cluster (optional file). */
export const CLUSTER = [
  { name: "cluster_code", type: "id", required: true, maxLength: 64, group: "klaster",
    label: L("Kode sentra / klaster", "Centre (sentra) or cluster code") },
  { name: "name", type: "text", required: true, maxLength: 120, group: "klaster",
    label: L("Nama sentra / klaster (mis. Sentra Keripik Pisang Canti)", "Name of the centre or cluster (e.g. Sentra Keripik Pisang Canti)") },
  { name: "village_code", type: "village_code", required: true, group: "klaster",
    label: L("Kode desa asal (Kemendagri)", "Home village (Kemendagri code)") },
  { name: "product", type: "text", required: false, maxLength: 120, group: "klaster", label: L("Produk utama", "Main product") },
  { name: "year_established", type: "integer", required: false, min: 1950, max: 2100, group: "klaster",
    label: L("Tahun berdiri", "Year established") },
  { name: "legal_entity", type: "code", required: false, codes: YES_NO, group: "klaster",
    label: L("Berbadan hukum?", "Legal entity?") },
] as const satisfies readonly FieldDef[];
