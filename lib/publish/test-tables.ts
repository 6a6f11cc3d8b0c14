import type { IndicatorTable } from "@/lib/indicators/tables";

/** A frequency table with one cell of 3 (hidden, with the next smallest as its complement) and a 0 (shown). */
export const MARKETING_ZONE: IndicatorTable = {
  field: "marketing_zone",
  label: "Wilayah pemasaran",
  group: "konektivitas",
  total: 101,
  missing: 0,
  rows: [
    { code: "village", label: "Sekitar desa", n: 70, share: 69.3 },
    { code: "outside_village", label: "Luar desa", n: 18, share: 17.8 },
    { code: "outside_district", label: "Luar kecamatan", n: 10, share: 9.9 },
    { code: "outside_regency", label: "Luar kabupaten", n: 3, share: 3 },
    { code: "outside_province", label: "Luar provinsi", n: 0, share: 0 },
  ],
};
