import type { Bilingual } from "./field-types";

/** Section titles of the XLSForm and of the data-entry screens, by FieldDef.group. */
export const GROUP_LABELS: Readonly<Record<string, Bilingual>> = {
  profil: { id: "Profil responden", en: "Respondent profile" },
  kelembagaan: { id: "Kelembagaan klaster", en: "Cluster institution" },
  aktivitas: { id: "Aktivitas klaster", en: "Cluster activity" },
  ir: { id: "Skor Industri Rumahan (IR)", en: "Home-industry (HI) score" },
  kinerja: { id: "Kinerja usaha", en: "Business performance" },
  konektivitas: { id: "Konektivitas", en: "Connectivity" },
  modal_sosial: { id: "Modal sosial", en: "Social capital" },
  kebijakan: { id: "Dukungan kebijakan", en: "Policy support" },
  klaster: { id: "Sentra / klaster", en: "Centre (sentra) or cluster" },
  desa: { id: "Desa dan tahun", en: "Village and year" },
  anggaran: { id: "Anggaran Dana Desa", en: "Village Fund budget" },
  tenaga_kerja: { id: "Tenaga kerja PKTD", en: "Cash-for-work labour" },
  pelaksanaan: { id: "Pelaksanaan PKTD", en: "How the works were carried out" },
  industri_rumahan: { id: "Manfaat bagi Industri Rumahan", en: "Benefit to home industry" },
};
