import { CONTRACTED_OUT, PAYMENT_FREQUENCY, YES_NO } from "./codes";
import type { FieldDef } from "./field-types";

const L = (id: string, en: string) => ({ id, en });
// No village's Dana Desa comes near Rp 100 miliar (≈ Rp 1 miliar a year); a larger figure is a typo
// or extra zeros, and it stays far inside the integers a number holds exactly.
const RUPIAH_MAX = 100_000_000_000;
const rupiah = <const N extends string>(name: N, id: string, en: string) =>
  ({ name, type: "rupiah", required: true, min: 0, max: RUPIAH_MAX, group: "anggaran", label: L(`${id} (Rp)`, `${en} (Rp)`) }) as const;

/** Section 3 of instrument.md: village cash-for-work (PKTD) and policy support, one row per village and year. */
export const PKTD = [
  { name: "village_code", type: "village_code", required: true, group: "desa", label: L("Kode desa (Kemendagri)", "Village (Kemendagri code)") },
  { name: "year", type: "integer", required: true, min: 2015, max: 2100, group: "desa", label: L("Tahun anggaran", "Budget year") },
  rupiah("dana_desa_total", "Total Dana Desa", "Village Fund (Dana Desa) total"),
  rupiah("pktd_budget", "Belanja kegiatan Padat Karya Tunai Desa (PKTD)", "Spent on village cash-for-work (PKTD) activities"),
  rupiah("physical_work_value", "Nilai pekerjaan fisik", "Value of the physical works"),
  rupiah("wages_paid", "Upah yang dibayarkan", "Wages paid"),
  { name: "hok_total", type: "number", required: false, min: 0, group: "tenaga_kerja",
    label: L("Jumlah HOK (hari orang kerja; 1 HOK = 8 jam)", "Person-days worked (HOK; 1 HOK = 8 hours)") },
  { name: "hok_women", type: "number", required: false, min: 0, group: "tenaga_kerja",
    label: L("HOK oleh pekerja perempuan", "Person-days worked by women") },
  { name: "workers_total", type: "integer", required: true, min: 0, group: "tenaga_kerja", label: L("Jumlah pekerja", "Number of workers") },
  { name: "workers_women", type: "integer", required: true, min: 0, group: "tenaga_kerja",
    label: L("Jumlah pekerja perempuan", "Number of women workers") },
  { name: "payment_frequency", type: "code", required: true, codes: PAYMENT_FREQUENCY, group: "pelaksanaan",
    label: L("Frekuensi pembayaran upah", "How often wages are paid") },
  { name: "contracted_out", type: "code", required: true, codes: CONTRACTED_OUT, group: "pelaksanaan",
    label: L("Dikerjakan pihak ketiga (bukan swakelola)?", "Contracted out (not self-managed)?") },
  { name: "heavy_equipment", type: "code", required: true, codes: YES_NO, group: "pelaksanaan",
    label: L("Memakai alat berat?", "Heavy equipment used?") },
  { name: "during_harvest", type: "code", required: true, codes: YES_NO, group: "pelaksanaan",
    label: L("Dilaksanakan pada musim panen?", "Carried out during the harvest season?") },
  { name: "local_material_share", type: "number", required: false, min: 0, max: 100, group: "pelaksanaan",
    label: L("Porsi bahan material lokal (%)", "Share of local materials (%)") },
  { name: "activity_count", type: "integer", required: false, min: 0, group: "pelaksanaan",
    label: L("Jumlah kegiatan PKTD", "Number of PKTD activities") },
  { name: "hi_beneficiaries", type: "integer", required: false, min: 0, group: "industri_rumahan",
    label: L("Pelaku IR yang dipekerjakan atau dilayani", "Home-industry actors employed or served") },
  { name: "hi_assets", type: "text", required: false, maxLength: 500, group: "industri_rumahan",
    label: L("Aset yang melayani IR (los pasar, lantai jemur, jalan ke sentra)",
      "Assets that serve the home industry (market stall, drying floor, road to the sentra)") },
] as const satisfies readonly FieldDef[];
