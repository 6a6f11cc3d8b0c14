import { CANTI, WAI_MULI_TIMUR } from "./clusters";

/**
 * ILLUSTRATIVE village cash-for-work (PKTD) records, 2018 (first year of the scheme) and
 * 2019 (the survey year). Dana Desa around Rp 0.8-1.1 billion per village and year; wages
 * at about Rp 75,000 (2018) and Rp 85,000 (2019) per person-day, so hok_total = wages / rate.
 * Canti passes every rule of rubric.md section 5 in both years. Wai Muli Timur 2018
 * contracted out a sea-wall section and paid 22.5 % of the physical work value as wages
 * (fails R1, R3); in 2019 it self-managed but still paid only 27.6 % (fails R1).
 */
type PktdRecord = {
  villageCode: string;
  year: number;
  danaDesaTotal: number;
  pktdBudget: number;
  physicalWorkValue: number;
  wagesPaid: number;
  hokTotal: number;
  hokWomen: number;
  workersTotal: number;
  workersWomen: number;
  paymentFrequency: "daily" | "weekly" | "monthly" | "lump_sum";
  contractedOut: boolean;
  heavyEquipment: boolean;
  duringHarvest: boolean;
  localMaterialShare: number;
  activityCount: number;
  hiBeneficiaries: number;
  hiAssets: string;
};

const RECORDS: PktdRecord[] = [
  {
    villageCode: CANTI.villageCode, year: 2018,
    danaDesaTotal: 812_450_000, pktdBudget: 243_700_000, physicalWorkValue: 231_500_000,
    wagesPaid: 72_450_000, hokTotal: 966, hokWomen: 241, workersTotal: 58, workersWomen: 14,
    paymentFrequency: "weekly", contractedOut: false, heavyEquipment: false, duringHarvest: false,
    localMaterialShare: 74, activityCount: 3, hiBeneficiaries: 6,
    hiAssets: "Jalan rabat beton menuju sentra keripik pisang",
  },
  {
    villageCode: CANTI.villageCode, year: 2019,
    danaDesaTotal: 1_024_380_000, pktdBudget: 330_600_000, physicalWorkValue: 314_200_000,
    wagesPaid: 106_845_000, hokTotal: 1_257, hokWomen: 402, workersTotal: 82, workersWomen: 27,
    paymentFrequency: "weekly", contractedOut: false, heavyEquipment: false, duringHarvest: false,
    localMaterialShare: 81, activityCount: 4, hiBeneficiaries: 14,
    hiAssets: "Kios pemasaran keripik pisang di dermaga Canti; rabat beton jalan sentra",
  },
  {
    villageCode: WAI_MULI_TIMUR.villageCode, year: 2018,
    danaDesaTotal: 836_920_000, pktdBudget: 268_400_000, physicalWorkValue: 258_900_000,
    wagesPaid: 58_200_000, hokTotal: 776, hokWomen: 118, workersTotal: 41, workersWomen: 9,
    paymentFrequency: "weekly", contractedOut: true, heavyEquipment: false, duringHarvest: false,
    localMaterialShare: 46, activityCount: 2, hiBeneficiaries: 0, hiAssets: "",
  },
  {
    villageCode: WAI_MULI_TIMUR.villageCode, year: 2019,
    danaDesaTotal: 1_098_760_000, pktdBudget: 352_800_000, physicalWorkValue: 337_500_000,
    wagesPaid: 93_075_000, hokTotal: 1_095, hokWomen: 329, workersTotal: 74, workersWomen: 22,
    paymentFrequency: "weekly", contractedOut: false, heavyEquipment: false, duringHarvest: false,
    localMaterialShare: 68, activityCount: 4, hiBeneficiaries: 9,
    hiAssets: "Rumah produksi bakso ikan bersama; jalan lingkungan ke sentra bakso ikan",
  },
];

const yesNo = (b: boolean) => (b ? "yes" : "no");

/** Four rows of the PKTD file (instrument.md section 3); rupiah as plain integers. */
export function paperPktdRows(): Record<string, string>[] {
  return RECORDS.map((r) => ({
    village_code: r.villageCode,
    year: String(r.year),
    dana_desa_total: String(r.danaDesaTotal),
    pktd_budget: String(r.pktdBudget),
    physical_work_value: String(r.physicalWorkValue),
    wages_paid: String(r.wagesPaid),
    hok_total: String(r.hokTotal),
    hok_women: String(r.hokWomen),
    workers_total: String(r.workersTotal),
    workers_women: String(r.workersWomen),
    payment_frequency: r.paymentFrequency,
    contracted_out: yesNo(r.contractedOut),
    heavy_equipment: yesNo(r.heavyEquipment),
    during_harvest: yesNo(r.duringHarvest),
    local_material_share: String(r.localMaterialShare),
    activity_count: String(r.activityCount),
    hi_beneficiaries: String(r.hiBeneficiaries),
    hi_assets: r.hiAssets,
  }));
}
