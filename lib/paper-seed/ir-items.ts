import type { Profile } from "./profile";

/** The six IR items (0-3 each) of rubric.md section 2. */
export type IrItems = {
  continuity: number;
  capital: number;
  legality: number;
  market: number;
  labour: number;
  management: number;
};

// Continuity from Tables 7 × 8: a business under a year old scores lower at every pattern.
const CONTINUITY: Record<Profile["businessAge"], Record<Profile["productionPattern"], number>> = {
  lt1: { discontinuous: 0, semi_continuous: 1, continuous: 2 },
  "1to2": { discontinuous: 1, semi_continuous: 2, continuous: 2 },
  gt2: { discontinuous: 1, semi_continuous: 2, continuous: 3 },
};

// Market reach follows the marketing zone (Table 13).
const MARKET: Record<Profile["marketingZone"], number> = {
  village: 1,
  outside_village: 2,
  outside_district: 3,
  outside_province: 3,
};

/**
 * IR items from the reconstructed answers (documented stand-in for the KemenPPPA items):
 * - continuity: business age × production pattern (table above);
 * - legality: 3 with a business permit (Table 6), else 1 = listed in the village register
 *   of home-industry actors (the survey's sampling frame) without any licence;
 * - market: marketing zone;
 * - capital: 1 = own money only (businesses under a year), 2 = own money plus reinvested
 *   profit or group savings; never 3, as no respondent names a bank (Table 21);
 * - labour: 2 = family helpers; 3 = a paid helper for standing orders (regular customers);
 *   1 = works alone: the lowest value added and the one whose profit fell;
 * - management: 2 = simple production and sales notes (taught in the programme's training);
 *   3 = bookkeeping kept by the permit holders (P-IRT records) and the forum chair.
 * These give IR1 2 / IR2 91 / IR3 8 (Table 11) along the maturity rank.
 */
export function irItemsOf(p: Profile): IrItems {
  const permit = p.businessPermit === "yes";
  let labour = 2;
  if (p.valueAdded === "lt25" || p.profitTrend === "decreased") labour = 1;
  else if (p.salesChannel === "regular_customer") labour = 3;
  return {
    continuity: CONTINUITY[p.businessAge][p.productionPattern],
    capital: p.businessAge === "lt1" ? 1 : 2,
    legality: permit ? 3 : 1,
    market: MARKET[p.marketingZone],
    labour,
    management: permit || p.institutionForm === "forum" ? 3 : 2,
  };
}

export function irTotal(items: IrItems): number {
  return (
    items.continuity + items.capital + items.legality + items.market + items.labour + items.management
  );
}
