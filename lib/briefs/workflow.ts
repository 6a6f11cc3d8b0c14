import { can, type Actor, type Permission } from "@/lib/auth/permissions";

export const BRIEF_STATUSES = ["draft", "in_review", "approved", "published"] as const;
export type BriefStatusName = (typeof BRIEF_STATUSES)[number];

type Transition = { from: readonly BriefStatusName[]; to: BriefStatusName; permission: Permission; comment: "required" | "optional" };

/** The workflow as data: who may move a brief from which status to which. */
export const BRIEF_TRANSITIONS = {
  submit: { from: ["draft"], to: "in_review", permission: "brief:write", comment: "optional" },
  send_back: { from: ["in_review", "approved"], to: "draft", permission: "brief:review", comment: "required" },
  approve: { from: ["in_review"], to: "approved", permission: "brief:review", comment: "optional" },
  publish: { from: ["approved"], to: "published", permission: "brief:review", comment: "optional" },
  // a published brief stays frozen: its next version starts a new draft
  reopen: { from: ["published"], to: "draft", permission: "brief:write", comment: "optional" },
} as const satisfies Record<string, Transition>;
export type BriefAction = keyof typeof BRIEF_TRANSITIONS;
export const BRIEF_ACTIONS = Object.keys(BRIEF_TRANSITIONS) as BriefAction[];

/** May `actor` take `action` on a brief of `regionCode` in `status`? */
export function mayTransition(actor: Actor | null, action: BriefAction, status: BriefStatusName, regionCode: string): boolean {
  const tr: Transition = BRIEF_TRANSITIONS[action];
  return tr.from.includes(status) && can(actor, tr.permission, regionCode);
}

/** The actions the actor may take now, for the buttons (the server checks again). */
export function availableActions(actor: Actor | null, status: BriefStatusName, regionCode: string): BriefAction[] {
  return BRIEF_ACTIONS.filter((a) => mayTransition(actor, a, status, regionCode));
}

/** Text changes (edit, restore, regenerate) happen only in a draft, by a writer of the region. */
export function mayEdit(actor: Actor | null, status: BriefStatusName, regionCode: string): boolean {
  return status === "draft" && can(actor, "brief:write", regionCode);
}
