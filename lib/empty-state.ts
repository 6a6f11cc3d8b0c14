import { can, type Actor } from "./auth/permissions";

/** What is missing behind an empty page: respondent data (rounds, scores, indicators) or PKTD records. */
export type Missing = "respondents" | "pktd";

/** The next step an empty state offers: what this user can do herself, or who can. */
export type NextStep = "importRespondents" | "importPktdOnly" | "askImporter" | "importPktd" | "askPktdImporter";

export function nextStepFor(actor: Actor, missing: Missing): NextStep {
  if (missing === "pktd") return can(actor, "pktd:import") ? "importPktd" : "askPktdImporter";
  if (can(actor, "survey:import")) return "importRespondents";
  // a regency official cannot import respondents, but she can import her villages' PKTD records
  return can(actor, "pktd:import") ? "importPktdOnly" : "askImporter";
}

/** Whether the next step is something the user does in the Data menu (so the page links there). */
export const stepLinksToData = (step: NextStep) => step === "importRespondents" || step === "importPktdOnly" || step === "importPktd";
