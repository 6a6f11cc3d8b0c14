import type { CodeDef } from "./field-types";

// Code lists of instrument v1. Codes are the contract (lower-case ASCII); labels are for people.

const c = (code: string, id: string, en: string) => ({ code, label: { id, en } }) as const satisfies CodeDef;

export const YES_NO = [c("yes", "Ya", "Yes"), c("no", "Tidak", "No")] as const;

/** 1 = strongly disagree … 5 = strongly agree; also the XLSForm choice list of the Likert items. */
export const LIKERT = [
  c("1", "Sangat tidak setuju", "Strongly disagree"),
  c("2", "Tidak setuju", "Disagree"),
  c("3", "Ragu-ragu", "Neutral"),
  c("4", "Setuju", "Agree"),
  c("5", "Sangat setuju", "Strongly agree"),
] as const;

export const GENDER = [c("female", "Perempuan", "Female"), c("male", "Laki-laki", "Male")] as const;

export const EDUCATION = [
  c("none", "Tidak sekolah / tidak tamat SD", "No schooling"),
  c("primary", "SD / sederajat", "Primary school"),
  c("junior_secondary", "SMP / sederajat", "Junior secondary school"),
  c("senior_secondary", "SMA / SMK / sederajat", "Senior secondary school"),
  c("diploma", "Diploma (D1-D3)", "Diploma (D1-D3)"),
  c("bachelor_plus", "Sarjana (S1) atau lebih tinggi", "Bachelor's degree or higher"),
] as const;

export const HI_ROLE = [
  c("owner", "Pemilik usaha", "Owner"),
  c("worker", "Pekerja", "Worker"),
  c("family_worker", "Anggota keluarga yang membantu", "Family worker"),
] as const;

export const CLUSTER_INITIATOR = [
  c("government", "Pemerintah", "Government"),
  c("private", "Swasta", "Private sector"),
  c("community", "Masyarakat", "Community"),
  c("self", "Pelaku IR sendiri", "The home-industry actors themselves"),
] as const;

export const INSTITUTION_FORM = [
  c("natural", "Alamiah: sentra / kelompok", "Natural: centre (sentra) or group"),
  c("association", "Bentukan: paguyuban, gapoktan", "Formed: association (paguyuban, gapoktan)"),
  c("forum", "Forum / klaster tanpa badan hukum", "Forum or cluster without legal entity"),
  c("cooperative", "Koperasi berbadan hukum", "Cooperative with legal entity"),
] as const;

export const INSTITUTION_SUPPORT = [
  c("none", "Tidak mendukung", "No support"),
  c("little", "Kurang mendukung", "Little support"),
  c("supportive", "Mendukung", "Supportive"),
] as const;

export const PERMIT_TYPE = [
  c("none", "Tidak ada izin", "No permit"),
  c("sku", "Surat Keterangan Usaha (SKU) dari desa", "Village business certificate (SKU)"),
  c("nib_iumk", "NIB / IUMK (OSS)", "Business identification number (NIB / IUMK, via OSS)"),
  c("pirt", "P-IRT (izin pangan industri rumah tangga)", "P-IRT home food-industry permit"),
  c("halal", "Sertifikat halal", "Halal certificate"),
] as const;

export const BUSINESS_AGE = [
  c("lt1", "Kurang dari 1 tahun", "Less than 1 year"),
  c("1to2", "1-2 tahun", "1-2 years"),
  c("gt2", "Lebih dari 2 tahun", "More than 2 years"),
] as const;

export const PRODUCTION_PATTERN = [
  c("discontinuous", "Tidak kontinu (sesekali)", "Discontinuous (occasional)"),
  c("semi_continuous", "Semi kontinu", "Semi-continuous"),
  c("continuous", "Kontinu (terus-menerus)", "Continuous"),
] as const;

export const PLACE_STATUS = [
  c("own", "Milik sendiri", "Own"),
  c("rent", "Sewa", "Rented"),
  c("shared", "Milik bersama", "Jointly owned"),
  c("other", "Lainnya", "Other"),
] as const;

export const BUSINESS_CATEGORY = [
  c("food", "Makanan / olahan pangan", "Food"),
  c("craft", "Kerajinan", "Craft"),
  c("tailoring", "Jahit / konveksi", "Tailoring"),
  c("agriculture", "Pertanian", "Agriculture"),
  c("fishery", "Perikanan", "Fishery"),
  c("livestock", "Peternakan", "Livestock"),
  c("other", "Lainnya", "Other"),
] as const;

export const SALES_CHANNEL = [
  c("direct", "Dijual langsung", "Sold directly"),
  c("traveling_trader", "Diambil pedagang keliling", "Collected by travelling traders"),
  c("consignment", "Dititipkan (konsinyasi)", "Consignment"),
  c("regular_customer", "Pelanggan tetap", "Regular customers"),
] as const;

export const MARKETING_ZONE = [
  c("village", "Sekitar desa", "Around the village"),
  c("outside_village", "Luar desa", "Outside the village"),
  c("outside_district", "Luar kecamatan", "Outside the district"),
  c("outside_regency", "Luar kabupaten / kota", "Outside the regency or city"),
  c("outside_province", "Luar provinsi", "Outside the province"),
] as const;

export const PAYMENT_METHOD = [
  c("cash", "Tunai", "Cash"),
  c("non_cash", "Nontunai (transfer, dompet digital)", "Non-cash (transfer, e-wallet)"),
] as const;

export const VALUE_ADDED = [
  c("lt25", "Kurang dari 25%", "Less than 25%"),
  c("25to50", "25%-50%", "25%-50%"),
  c("50to75", "50%-75%", "50%-75%"),
  c("gt75", "Lebih dari 75%", "More than 75%"),
] as const;

export const PROFIT_TREND = [
  c("decreased", "Menurun", "Decreased"),
  c("stable", "Tetap / stabil", "Stable"),
  c("increased", "Meningkat", "Increased"),
] as const;

export const MARKET_ORIENTATION = [
  c("local", "Lokal", "Local"),
  c("out_of_town", "Luar kota", "Out of town"),
  c("national", "Provinsi / nasional", "Province or national"),
  c("export", "Ekspor", "Export"),
] as const;

export const BUSINESS_CONNECTION = [
  c("producer_only", "Hanya produsen", "Producer only"),
  c("supplier_core", "Pemasok dan usaha inti", "Suppliers and core business"),
  c("full_chain", "Inti, pemasok, jasa dan perdagangan", "Core, suppliers, services and trade"),
] as const;

export const SUPPORTING_INSTITUTIONS = [
  c("government", "Pemerintah", "Government"),
  c("college", "Perguruan tinggi", "College or university"),
  c("bank", "Perbankan", "Banks"),
  c("business", "Dunia usaha", "Business sector"),
] as const;

export const MEETING_ATTENDANCE = [
  c("never", "Tidak pernah", "Never"),
  c("sometimes", "Kadang-kadang", "Sometimes"),
  c("monthly", "Setiap bulan", "Monthly"),
  c("weekly", "Setiap minggu", "Weekly"),
] as const;

export const HI_PROGRAM_SUPPORT = [
  c("training", "Pelatihan", "Training"),
  c("equipment", "Bantuan peralatan", "Equipment"),
  c("mentoring", "Pendampingan", "Mentoring"),
  c("capital", "Bantuan modal", "Capital"),
  c("marketing", "Bantuan pemasaran", "Marketing support"),
  c("permit_facilitation", "Fasilitasi perizinan (P-IRT, NIB, halal)", "Permit facilitation (P-IRT, NIB, halal)"),
] as const;

export const PAYMENT_FREQUENCY = [
  c("daily", "Harian", "Daily"),
  c("weekly", "Mingguan", "Weekly"),
  c("monthly", "Bulanan", "Monthly"),
  c("lump_sum", "Sekaligus di akhir pekerjaan", "Lump sum at the end of the work"),
] as const;

export const CONTRACTED_OUT = [
  c("yes", "Ya, dikerjakan pihak ketiga", "Yes, contracted out"),
  c("no", "Tidak, swakelola", "No, self-managed (swakelola)"),
] as const;
