export { candidatesFor, candidateStatusOf, type CandidateRow } from "./candidates";
export { CRITERIA, criteriaOf, isCandidate, type Criteria, type CriterionId, type CriterionResult, type CriterionStatus } from "./criteria";
export { candidateInputOf, type CandidateInput, type StoredClusterScore } from "./input";
export { toCandidateJson, type CandidateJson } from "./json";
export { priorityOf, PRIORITY_PARTS, type Priority, type PriorityPart } from "./priority";
export { quadrantOf, quadrantThresholds, QUADRANTS, type Quadrant } from "./quadrant";
export { DECISION_KINDS, decisionSnapshotOf, snapshotChanges, type DecisionKindName, type DecisionSnapshot, type SnapshotChange } from "./snapshot";
