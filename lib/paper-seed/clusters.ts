import { evenPick } from "./bands";

export type PaperCluster = {
  code: "CANTI-KERIPIK" | "WMT-BAKSO";
  name: string;
  villageCode: string;
  product: string;
  /** Respondents assigned to it (assumption: the paper does not publish the split). */
  respondents: number;
  /** Illustrative: the paper says only that the clusters were 1-5 years old in 2019. */
  yearEstablished: number;
};

export const RESPONDENT_COUNT = 101;

export const CANTI: PaperCluster = {
  code: "CANTI-KERIPIK",
  name: "Sentra Keripik Pisang Canti",
  villageCode: "18.01.16.2004",
  product: "keripik pisang",
  respondents: 56,
  yearEstablished: 2016,
};

export const WAI_MULI_TIMUR: PaperCluster = {
  code: "WMT-BAKSO",
  name: "Sentra Bakso Ikan Wai Muli Timur",
  villageCode: "18.01.16.2016",
  product: "bakso ikan",
  respondents: 45,
  yearEstablished: 2017,
};

export const PAPER_CLUSTERS = [CANTI, WAI_MULI_TIMUR] as const;

// Canti's 56 places are spread evenly over the maturity order, so both sentra get the
// same mix of beginners and advanced producers; the most advanced rank falls to Canti.
const CANTI_AT = evenPick(CANTI.respondents, RESPONDENT_COUNT);

/** Cluster of the respondent at maturity rank `rank` (1-based). */
export function clusterOfRank(rank: number): PaperCluster {
  return CANTI_AT[rank - 1] ? CANTI : WAI_MULI_TIMUR;
}

/** The two rows of the clusters file (instrument.md section 2). */
export function paperClusterRows(): Record<string, string>[] {
  return PAPER_CLUSTERS.map((c) => ({
    cluster_code: c.code,
    name: c.name,
    village_code: c.villageCode,
    product: c.product,
    year_established: String(c.yearEstablished),
    // Table 4: no respondent belongs to a cooperative or other legal entity.
    legal_entity: "no",
  }));
}
