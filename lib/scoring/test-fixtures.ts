// Shared fixtures of the scoring tests (not a test file itself).
import type { Answers } from "./score-unit";

/** A respondent at the middle of everything, so single answers can be varied. */
export const BASE: Answers = {
  cluster_initiator: "private", institution_form: "association", institution_support: "little",
  business_permit: "no", business_age: "1to2", production_pattern: "semi_continuous",
  sales_channel: "consignment", marketing_zone: "outside_district", payment_method: "cash",
  value_added: "25to50", profit_trend: "stable", market_orientation: "out_of_town",
  business_connection: "supplier_core", cooperation: "yes", specialization: "no", supporting_institutions: ["bank", "college"],
  ir_continuity: 1, ir_capital: 1, ir_legality: 1, ir_market: 1, ir_labour: 1, ir_management: 1,
};
