import {
  ASSUMPTIONS,
  ILLUSTRATIVE_FIELDS,
  METHOD,
  RECONSTRUCTED_FIELDS,
} from "./provenance";
import { PROVENANCE_TABLES, type ProvenanceTable } from "./provenance-tables";

export type PaperRound = {
  code: "IR-LAMSEL-2019";
  name: "IR Lampung Selatan 2019";
  periodStart: "2019-03-01";
  periodEnd: "2019-06-30";
  regionCode: "18.01.16";
  /** Full citation of the study. */
  source: string;
  licence: string;
  provenance: {
    method: { id: string; en: string };
    reconstructedFields: string[];
    illustrativeFields: string[];
    assumptions: { id: string; en: string }[];
    tables: ProvenanceTable[];
  };
};

export const PAPER_ROUND: PaperRound = {
  code: "IR-LAMSEL-2019",
  name: "IR Lampung Selatan 2019",
  periodStart: "2019-03-01",
  periodEnd: "2019-06-30",
  regionCode: "18.01.16",
  source:
    "Tresiana, N. & Duadji, N. Policy Cluster: Affirmative Empowerment and Strengthening of " +
    "Coastal Community Women Home Industries. Department of Public Administration, Universitas " +
    "Lampung. Survey of 101 women home-industry actors in Canti and Wai (Way) Muli Timur villages, " +
    "Kecamatan Raja Basa, Kabupaten Lampung Selatan, Lampung, March-June 2019 (processed primary " +
    "data, 2019), Tables 2-21.",
  licence:
    "Synthetic rows reconstructed from the paper's published aggregate tables; they are not the " +
    "study's microdata and identify no one. The published figures are quoted from the source for " +
    "research use; cite Tresiana & Duadji when reusing them.",
  provenance: {
    method: METHOD,
    reconstructedFields: [...RECONSTRUCTED_FIELDS],
    illustrativeFields: [...ILLUSTRATIVE_FIELDS],
    assumptions: ASSUMPTIONS,
    tables: PROVENANCE_TABLES,
  },
};
