/** The paper's Tables 2-21 as reconstructed here, with their published inconsistencies. */
export type ProvenanceTable = { no: number; title: string; field: string; issues: string[] };

export const PROVENANCE_TABLES: ProvenanceTable[] = [
  { no: 2, title: "Home Industry Actors (gender)", field: "gender", issues: [] },
  {
    no: 3,
    title: "Initiator of HI Cluster",
    field: "cluster_initiator",
    issues: [
      "counts sum to 91, not the published total 101",
      "percentages do not follow from the counts (50/101 = 49.5%)",
      "the text says 70.93% of clusters were founded on the initiative of the business actors themselves, while the table labels that row Government",
      "reconstructed from the percentages: 70.93/14.89/14.18 % of 101 → government 72, private 15, community 14 (sum 101); the published counts 50/21/20 are not used; the row label Government is kept, no 'self' is coded",
    ],
  },
  { no: 4, title: "Institution Form", field: "institution_form", issues: [] },
  {
    no: 5,
    title: "Impact & Benefits of Institutional Activities",
    field: "institution_support",
    issues: ["the text gives 89.90% for the supportive share; the table's counts (11/90) are used"],
  },
  { no: 6, title: "Ownership of Business Permits", field: "business_permit", issues: [] },
  { no: 7, title: "Old Business", field: "business_age", issues: [] },
  { no: 8, title: "Production Pattern", field: "production_pattern", issues: [] },
  {
    no: 9,
    title: "Status of Business Place",
    field: "place_status",
    issues: [
      "the label One's own appears twice; the second row (n=1) is read here as another status and coded 'other'",
    ],
  },
  { no: 10, title: "Business Categories", field: "business_category", issues: [] },
  {
    no: 11,
    title: "Business Class",
    field: "ir_class",
    issues: [
      "derived: ir_total = sum of the six 0-3 IR items (IR1 0-6, IR2 7-12, IR3 13-18); the paper publishes only the classes, so the items are a documented stand-in that reproduces 2/91/8",
    ],
  },
  { no: 12, title: "Production Sales Way", field: "sales_channel", issues: [] },
  { no: 13, title: "Marketing Zone", field: "marketing_zone", issues: [] },
  { no: 14, title: "Payment Method", field: "payment_method", issues: [] },
  {
    no: 15,
    title: "Value-Added",
    field: "value_added",
    issues: ["the text says most actors add 50-75% and overall above 90%, which the table does not show; the table is used"],
  },
  { no: 16, title: "Profit Rate", field: "profit_trend", issues: [] },
  {
    no: 17,
    title: "Market Orientation Development",
    field: "market_orientation",
    issues: [
      "export and province/national rows are blank in the source (read as 0)",
      "the text says 55% local and 45% outside, which the table does not show; the table (100 local, 1 out of town) is used",
    ],
  },
  { no: 18, title: "Business Connection", field: "business_connection", issues: [] },
  {
    no: 19,
    title: "Vertical & Horizontal Cooperation",
    field: "cooperation",
    issues: ["the percentages 11.88 + 88.11 sum to 99.99"],
  },
  { no: 20, title: "Specialization of Business", field: "specialization", issues: [] },
  {
    no: 21,
    title: "Supporting Institution",
    field: "supporting_institutions",
    issues: [
      "multi-select: rows are distinct combinations, reproduced exactly (50 government only, 40 government + college, 10 government + business, 1 government + business + college)",
    ],
  },
];
