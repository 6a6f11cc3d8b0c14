import type { IrClass } from "./ir-class";
import type { Stratum, Text, VariableName } from "./rubric";

// Glossary terms (shared/domain/glossary.md) for the scoring figures, in both languages.

export const STRATUM_LABELS: Record<Stratum, Text> = {
  sentra: { id: "sentra", en: "centre (sentra)" },
  // the paper's English for stratum 2; never to be confused with a "pilot-cluster candidate" (section 6)
  rintisan: { id: "klaster rintisan", en: "pilot cluster (initial stage)" },
  matang: { id: "klaster matang", en: "mature cluster" },
};

/** rubric.md section 6: a cluster chosen to be developed as a model, whatever its stratum. */
export const CANDIDATE_LABEL: Text = { id: "kandidat klaster percontohan", en: "pilot-cluster candidate" };

export const VARIABLE_LABELS: Record<VariableName, Text> = {
  institution: { id: "kelembagaan klaster", en: "cluster institution" },
  activity: { id: "aktivitas klaster", en: "cluster activity" },
  performance: { id: "kinerja usaha", en: "business performance" },
  connectivity: { id: "konektivitas", en: "connectivity" },
};

/** Short names of the v1 indicators; an indicator added by a later rubric falls back to its name. */
export const INDICATOR_LABELS: Record<string, Text> = {
  cluster_initiator: { id: "pemrakarsa klaster", en: "cluster initiator" },
  institution_form: { id: "bentuk kelembagaan", en: "form of the institution" },
  institution_support: { id: "manfaat kelembagaan", en: "benefit of the institution" },
  business_permit: { id: "izin usaha", en: "business permit" },
  business_age: { id: "lama usaha", en: "business age" },
  production_pattern: { id: "pola produksi", en: "production pattern" },
  unit_size: { id: "jumlah pelaku IR", en: "number of home-industry actors" },
  sales_channel: { id: "cara penjualan", en: "sales channel" },
  marketing_zone: { id: "wilayah pemasaran", en: "marketing zone" },
  payment_method: { id: "cara pembayaran", en: "payment method" },
  value_added: { id: "nilai tambah", en: "value added" },
  profit_trend: { id: "perkembangan keuntungan", en: "profit trend" },
  market_orientation: { id: "orientasi pasar", en: "market orientation" },
  business_connection: { id: "keterkaitan usaha", en: "business connection" },
  cooperation: { id: "kerja sama", en: "cooperation" },
  specialization: { id: "spesialisasi", en: "specialisation" },
  supporting_institutions: { id: "lembaga pendukung", en: "supporting institutions" },
};

export const IR_CLASS_LABELS: Record<IrClass, Text> = {
  IR1: { id: "IR Pemula (IR 1)", en: "beginner home industry (HI 1)" },
  IR2: { id: "IR Berkembang (IR 2)", en: "developing home industry (HI 2)" },
  IR3: { id: "IR Maju (IR 3)", en: "advanced home industry (HI 3)" },
  unclassified: { id: "tidak tergolong", en: "unclassified" },
};

export const IR_ITEM_LABELS: Record<string, Text> = {
  ir_continuity: { id: "kesinambungan usaha", en: "business continuity" },
  ir_capital: { id: "permodalan", en: "capital" },
  ir_legality: { id: "perizinan", en: "licensing" },
  ir_market: { id: "jangkauan pasar", en: "market reach" },
  ir_labour: { id: "tenaga kerja", en: "workers" },
  ir_management: { id: "manajemen produksi dan pembukuan", en: "production management and bookkeeping" },
};

export const indicatorLabel = (name: string, locale: "id" | "en") => INDICATOR_LABELS[name]?.[locale] ?? name;
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
