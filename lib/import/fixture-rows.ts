// Complete, valid rows of each import kind: the base the unit tests and the bad-input corpus alter.

/** One complete, valid respondent row as a user would type it. */
export const RESPONDENT_ROW: Readonly<Record<string, string>> = {
  respondent_id: "CT-001", village_code: "18.01.16.2004", cluster_code: "CANTI-KP", gender: "female", age: "45",
  education: "junior_secondary", hi_role: "owner", former_migrant_worker: "no", cluster_initiator: "government",
  institution_form: "natural", institution_support: "supportive", business_permit: "yes", permit_type: "pirt",
  business_age: "gt2", production_pattern: "continuous", place_status: "own", business_category: "food",
  product: "keripik pisang", ir_continuity: "3", ir_capital: "2", ir_legality: "2", ir_market: "1", ir_labour: "1",
  ir_management: "2", sales_channel: "consignment", marketing_zone: "outside_village", payment_method: "cash",
  value_added: "gt75", profit_trend: "increased", market_orientation: "local", business_connection: "producer_only",
  cooperation: "yes", specialization: "yes", supporting_institutions: "government college", sc_trust_1: "4",
  sc_trust_2: "5", sc_reciprocity_1: "4", sc_reciprocity_2: "4", sc_norms_1: "5", sc_norms_2: "3", sc_networks_1: "4",
  sc_networks_2: "2", group_member: "yes", savings_group: "yes", meeting_attendance: "monthly", pktd_worker: "no",
  hi_program_support: "training capital",
};

export const PKTD_ROW: Readonly<Record<string, string>> = {
  village_code: "18.01.16.2004", year: "2019", dana_desa_total: "1.250.000.000", pktd_budget: "Rp 375.000.000",
  physical_work_value: "300000000", wages_paid: "112.500.000", hok_total: "1500", hok_women: "600", workers_total: "40",
  workers_women: "15", payment_frequency: "weekly", contracted_out: "no", heavy_equipment: "no", during_harvest: "no",
  local_material_share: "80", activity_count: "3", hi_beneficiaries: "12", hi_assets: "lantai jemur di sentra",
};

export const CLUSTER_ROW: Readonly<Record<string, string>> = {
  cluster_code: "CANTI-KP", name: "Sentra Keripik Pisang Canti", village_code: "18.01.16.2004", product: "keripik pisang",
  year_established: "2012", legal_entity: "no",
};
