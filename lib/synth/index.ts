export { planVillages, sampleVillages, type VillagePlan } from "./allocate";
export { regionalEffect } from "./effects";
export { synthRespondent } from "./respondent";
export { synthVillage, type SynthActivity, type SynthVillage } from "./village";
