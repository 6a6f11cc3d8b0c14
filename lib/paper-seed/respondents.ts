import { PAPER_CLUSTERS, type PaperCluster } from "./clusters";
import { RESPONDENT_COLUMNS } from "./columns";
import { illustrativeFieldsOf } from "./illustrative";
import { irItemsOf } from "./ir-items";
import { buildProfiles, type Profile } from "./profile";

/**
 * Fixed shuffle so that ids carry no maturity order: within a cluster of n respondents,
 * the k-th by maturity (0-based) takes position (k × 23) mod n. 23 is coprime to 56 and 45.
 * Ids are numbered per cluster, Canti first: IR19-001 … IR19-056, then IR19-057 … IR19-101.
 */
const ID_STRIDE = 23;

function idsByRank(profiles: Profile[]): Map<number, string> {
  const ids = new Map<number, string>();
  let offset = 0;
  for (const cluster of PAPER_CLUSTERS) {
    const members = profiles.filter((p) => p.cluster.code === cluster.code);
    members.forEach((p, k) => {
      const position = offset + ((k * ID_STRIDE) % members.length) + 1;
      ids.set(p.rank, `IR19-${String(position).padStart(3, "0")}`);
    });
    offset += members.length;
  }
  return ids;
}

function rowOf(p: Profile, id: string, cluster: PaperCluster): Record<string, string> {
  const ir = irItemsOf(p);
  const row: Record<string, string> = {
    respondent_id: id,
    village_code: cluster.villageCode,
    cluster_code: cluster.code,
    gender: "female",
    // Not published per respondent: left blank (unknown), never guessed.
    age: "",
    education: "",
    hi_role: "",
    former_migrant_worker: "",
    cluster_initiator: p.clusterInitiator,
    institution_form: p.institutionForm,
    institution_support: p.institutionSupport,
    business_permit: p.businessPermit,
    // The paper does not say which permit the five hold: blank; "none" for the rest.
    permit_type: p.businessPermit === "yes" ? "" : "none",
    business_age: p.businessAge,
    production_pattern: p.productionPattern,
    place_status: p.placeStatus,
    business_category: "food",
    product: cluster.product,
    ir_continuity: String(ir.continuity),
    ir_capital: String(ir.capital),
    ir_legality: String(ir.legality),
    ir_market: String(ir.market),
    ir_labour: String(ir.labour),
    ir_management: String(ir.management),
    sales_channel: p.salesChannel,
    marketing_zone: p.marketingZone,
    payment_method: p.paymentMethod,
    value_added: p.valueAdded,
    profit_trend: p.profitTrend,
    market_orientation: p.marketOrientation,
    business_connection: "producer_only",
    cooperation: p.cooperation,
    specialization: "yes",
    supporting_institutions: p.supportingInstitutions.join(" "),
    ...illustrativeFieldsOf(p),
  };
  // Every instrument column present, in instrument order.
  return Object.fromEntries(RESPONDENT_COLUMNS.map((c) => [c, row[c] ?? ""]));
}

/** The 101 reconstructed respondents of the paper's round, sorted by respondent_id. */
export function paperRespondentRows(): Record<string, string>[] {
  const profiles = buildProfiles();
  const ids = idsByRank(profiles);
  return profiles
    .map((p) => rowOf(p, ids.get(p.rank) ?? "", p.cluster))
    .sort((a, b) => (a.respondent_id ?? "").localeCompare(b.respondent_id ?? ""));
}
