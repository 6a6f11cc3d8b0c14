/** Roles and what each may do, as data; `can` is the one place that reads it. */
export const ROLES = ["administrator", "ministry_staff", "regency_official", "researcher"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "region:view", // open region pages and search units
  "account:own", // change one's own password, sign out everywhere
  "account:manage", // create, disable, reset, set role and regions
  "audit:read", // read the audit log
  "survey:view", // survey rounds, data quality, exports (within scope)
  "survey:import", // create rounds, import respondents and clusters
  "pktd:import", // import village cash-for-work records (within scope)
  "rubric:manage", // copy and revise rubric versions, re-score, compare
  "policy:edit", // enter and edit PKTD records and programme activities (within scope)
  "score:rank", // rank every unit of a round nationally by any score
  "brief:view", // read recommendation briefs (within scope)
  "brief:write", // generate, edit, restore and submit briefs (within scope)
  "brief:review", // approve, send back and publish briefs (within scope)
  "decision:record", // record a decision on a pilot-cluster candidate (within scope)
  "publication:write", // write, publish and withdraw publications; publish and withdraw own rounds
  "token:own", // create and revoke one's own API tokens
  "token:admin", // list and revoke everyone's API tokens
] as const;
export type Permission = (typeof PERMISSIONS)[number];

type Grant = {
  permissions: readonly Permission[];
  /** national: every region; assigned: only units under the user's own region codes */
  scope: "national" | "assigned";
};

export const ROLE_GRANTS = {
  administrator: { permissions: PERMISSIONS, scope: "national" },
  ministry_staff: { permissions: ["region:view", "account:own", "survey:view", "score:rank", "brief:view", "brief:review", "decision:record", "token:own"], scope: "national" },
  regency_official: { permissions: ["region:view", "account:own", "survey:view", "pktd:import", "policy:edit", "brief:view", "brief:write", "decision:record", "token:own"], scope: "assigned" },
  researcher: { permissions: ["region:view", "account:own", "survey:view", "survey:import", "pktd:import", "brief:view", "publication:write", "token:own"], scope: "national" },
} as const satisfies Record<Role, Grant>;

export type Actor = { role: Role; regions: readonly string[] };

/** True when `code` is `region` itself or lies under it (18.01.16.2004 lies under 18.01). */
export function withinRegion(code: string, region: string): boolean {
  return code === region || code.startsWith(region + ".");
}

export function hasNationalScope(actor: Actor): boolean {
  return ROLE_GRANTS[actor.role].scope === "national";
}

export function inScope(actor: Actor, regionCode: string): boolean {
  return hasNationalScope(actor) || actor.regions.some((r) => withinRegion(regionCode, r));
}

/**
 * May `actor` do `permission`, on `regionCode` when the action concerns a region?
 * Without a region code only the role is checked.
 */
export function can(actor: Actor | null | undefined, permission: Permission, regionCode?: string): boolean {
  if (!actor) return false;
  const grant: Grant = ROLE_GRANTS[actor.role];
  if (!grant.permissions.includes(permission)) return false;
  return regionCode === undefined || inScope(actor, regionCode);
}

/** The unit's ancestors whose names (not pages) an assigned user may see in a breadcrumb. */
export function isAncestorOfScope(actor: Actor, regionCode: string): boolean {
  return !hasNationalScope(actor) && actor.regions.some((r) => withinRegion(r, regionCode) && r !== regionCode);
}
