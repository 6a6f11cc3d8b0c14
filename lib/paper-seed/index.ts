export { PAPER_ROUND, type PaperRound } from "./round";
export { paperRespondentRows } from "./respondents";
export { paperClusterRows, PAPER_CLUSTERS, type PaperCluster } from "./clusters";
export { paperPktdRows } from "./pktd";
export { RESPONDENT_COLUMNS, CLUSTER_COLUMNS, PKTD_COLUMNS } from "./columns";
