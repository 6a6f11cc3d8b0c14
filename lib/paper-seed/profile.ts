import { bandOf, pickEvenly, ranksUpTo, type Band } from "./bands";
import { clusterOfRank, RESPONDENT_COUNT, type PaperCluster } from "./clusters";

/**
 * The published (reconstructed) answers of one respondent, before the IR items and the
 * illustrative fields. `rank` is the maturity rank: 1 = least advanced business.
 */
export type Profile = {
  rank: number;
  cluster: PaperCluster;
  clusterInitiator: "government" | "private" | "community";
  institutionForm: "natural" | "association" | "forum";
  institutionSupport: "little" | "supportive";
  businessPermit: "yes" | "no";
  businessAge: "lt1" | "1to2" | "gt2";
  productionPattern: "discontinuous" | "semi_continuous" | "continuous";
  placeStatus: "own" | "rent" | "shared" | "other";
  salesChannel: "direct" | "traveling_trader" | "consignment" | "regular_customer";
  marketingZone: "village" | "outside_village" | "outside_district" | "outside_province";
  paymentMethod: "cash" | "non_cash";
  valueAdded: "lt25" | "25to50" | "50to75" | "gt75";
  profitTrend: "decreased" | "stable" | "increased";
  marketOrientation: "local" | "out_of_town";
  cooperation: "yes" | "no";
  /** In instrument order: government, college, business. */
  supportingInstitutions: ("government" | "college" | "business")[];
};

// Bands, least advanced first; widths are the published counts (Tables 5-8, 12-17, 19).
const SUPPORT: Band<Profile["institutionSupport"]>[] = [["little", 11], ["supportive", 90]];
const COOPERATION: Band<Profile["cooperation"]>[] = [["no", 12], ["yes", 89]];
const PERMIT: Band<Profile["businessPermit"]>[] = [["no", 96], ["yes", 5]];
const AGE: Band<Profile["businessAge"]>[] = [["lt1", 29], ["1to2", 18], ["gt2", 54]];
const PATTERN: Band<Profile["productionPattern"]>[] = [
  ["discontinuous", 9],
  ["semi_continuous", 11],
  ["continuous", 81],
];
const ZONE: Band<Profile["marketingZone"]>[] = [
  ["village", 70],
  ["outside_village", 25],
  ["outside_district", 5],
  ["outside_province", 1],
];
const PAYMENT: Band<Profile["paymentMethod"]>[] = [["cash", 75], ["non_cash", 26]];
const VALUE_ADDED: Band<Profile["valueAdded"]>[] = [
  ["lt25", 1],
  ["25to50", 5],
  ["50to75", 40],
  ["gt75", 55],
];
const ORIENTATION: Band<Profile["marketOrientation"]>[] = [["local", 100], ["out_of_town", 1]];
/** Ranks 63-94 sell through intermediaries (9 traveling traders + 23 consignment). */
const INTERMEDIARY = { from: 63, to: 94, travelingTraders: 9 } as const;
const REGULAR_CUSTOMER_FROM = 95;
/** Chair of the village HI forum (Table 4, n = 1): advanced but without a permit. */
export const FORUM_RANK = 94;
/** Table 4: 30 in a paguyuban, spread over the ranks that cooperate (13 and up). */
const ASSOCIATION = { from: 13, count: 30 } as const;
/** Table 3 (72/15/14): 14 community-initiated = the forum chair + 13 association members. */
const COMMUNITY_IN_ASSOCIATION = 13;
/** Table 21: 10 government + business; 6 regular-customer sellers + 4 trader-linked. */
const TRADERS_WITH_BUSINESS_PARTNER = 4;
/** Table 9: new producers renting a kitchen or kiosk, and one producing elsewhere. */
const RENT_RANKS = [5, 16, 27];
const OTHER_PLACE_RANK = 12;

function profitTrendOf(rank: number): Profile["profitTrend"] {
  // Table 16 (1 / 5 / 95): the decline sits at rank 2 so that the two IR1 respondents are
  // the lowest value added (rank 1) and the one whose profit fell (rank 2).
  if (rank === 2) return "decreased";
  return rank <= 6 ? "stable" : "increased";
}

function salesChannelOf(rank: number, travelingTraderRanks: Set<number>): Profile["salesChannel"] {
  if (rank >= REGULAR_CUSTOMER_FROM) return "regular_customer";
  if (rank < INTERMEDIARY.from) return "direct";
  return travelingTraderRanks.has(rank) ? "traveling_trader" : "consignment";
}

/** The 101 reconstructed profiles in maturity order. */
export function buildProfiles(): Profile[] {
  const ranks = ranksUpTo(RESPONDENT_COUNT);

  // Traveling traders collect fish balls for resale: the nine lowest-ranked Wai Muli Timur
  // producers among the intermediary sellers; the others consign (kiosks, shops, pier stalls).
  const intermediaries = ranks.filter((r) => r >= INTERMEDIARY.from && r <= INTERMEDIARY.to);
  const traders = intermediaries
    .filter((r) => clusterOfRank(r).code === "WMT-BAKSO")
    .slice(0, INTERMEDIARY.travelingTraders);
  const traderSet = new Set(traders);
  const businessPartnerTraders = new Set(traders.slice(-TRADERS_WITH_BUSINESS_PARTNER));

  const associationSlots = ranks.filter((r) => r >= ASSOCIATION.from && r !== FORUM_RANK);
  const association = new Set(pickEvenly(associationSlots, ASSOCIATION.count));

  // Private-initiated groups formed around a buyer: the trader-linked and regular-customer
  // sellers below the top rank (15). Community: forum chair + association members.
  const isPrivate = (r: number) =>
    traderSet.has(r) || (r >= REGULAR_CUSTOMER_FROM && r < RESPONDENT_COUNT);
  const communityMembers = pickEvenly(
    [...association].filter((r) => !isPrivate(r)),
    COMMUNITY_IN_ASSOCIATION,
  );
  const community = new Set([FORUM_RANK, ...communityMembers]);
  const sharedPlaceRank = Math.min(...association);

  return ranks.map((rank): Profile => {
    const channel = salesChannelOf(rank, traderSet);
    return {
      rank,
      cluster: clusterOfRank(rank),
      clusterInitiator: isPrivate(rank) ? "private" : community.has(rank) ? "community" : "government",
      institutionForm:
        rank === FORUM_RANK ? "forum" : association.has(rank) ? "association" : "natural",
      institutionSupport: bandOf(rank, SUPPORT),
      businessPermit: bandOf(rank, PERMIT),
      businessAge: bandOf(rank, AGE),
      productionPattern: bandOf(rank, PATTERN),
      placeStatus: RENT_RANKS.includes(rank)
        ? "rent"
        : rank === OTHER_PLACE_RANK
          ? "other"
          : rank === sharedPlaceRank
            ? "shared"
            : "own",
      salesChannel: channel,
      marketingZone: bandOf(rank, ZONE),
      paymentMethod: bandOf(rank, PAYMENT),
      valueAdded: bandOf(rank, VALUE_ADDED),
      profitTrend: profitTrendOf(rank),
      marketOrientation: bandOf(rank, ORIENTATION),
      cooperation: bandOf(rank, COOPERATION),
      supportingInstitutions: supportingInstitutionsOf(rank, channel, businessPartnerTraders),
    };
  });
}

// Table 21: government only for the lower half (1-50); the college (Universitas Lampung
// mentoring) for established producers 51-94; business partners for regular-customer
// sellers and four trader-linked producers; all three for the top rank.
function supportingInstitutionsOf(
  rank: number,
  channel: Profile["salesChannel"],
  businessPartnerTraders: Set<number>,
): Profile["supportingInstitutions"] {
  if (rank === RESPONDENT_COUNT) return ["government", "college", "business"];
  if (channel === "regular_customer" || businessPartnerTraders.has(rank)) {
    return ["government", "business"];
  }
  return rank > 50 ? ["government", "college"] : ["government"];
}
