import { can, type Actor, type Permission } from "./auth/permissions";

/** The areas of product.md that exist so far; each shows only to roles that may use it. */
const AREAS: { href: string; key: string; permission?: Permission }[] = [
  { href: "/", key: "home" },
  { href: "/public", key: "public" },
  { href: "/map", key: "map", permission: "survey:view" },
  { href: "/regions", key: "regions", permission: "region:view" },
  { href: "/scores", key: "scores", permission: "survey:view" },
  { href: "/indicators", key: "indicators", permission: "survey:view" },
  { href: "/candidates", key: "candidates", permission: "survey:view" },
  { href: "/readiness-support", key: "support", permission: "survey:view" },
  { href: "/compare", key: "compare", permission: "survey:view" },
  { href: "/briefs", key: "briefs", permission: "brief:view" },
  { href: "/data", key: "data", permission: "survey:view" },
  { href: "/publications", key: "publications", permission: "publication:write" },
  { href: "/account/tokens", key: "tokens", permission: "token:own" },
  { href: "/admin/users", key: "accounts", permission: "account:manage" },
  { href: "/admin/rubrics", key: "rubrics", permission: "rubric:manage" },
  { href: "/admin/tokens", key: "adminTokens", permission: "token:admin" },
  { href: "/admin/audit", key: "audit", permission: "audit:read" },
];

export function navigationFor(actor: Actor | null) {
  return AREAS.filter((a) => !a.permission || can(actor, a.permission));
}

/** The nav item a path belongs to: the longest matching prefix. */
export function activeHref(pathname: string, hrefs: string[]): string | undefined {
  return hrefs
    .filter((h) => (h === "/" ? pathname === "/" : pathname === h || pathname.startsWith(h + "/")))
    .sort((a, b) => b.length - a.length)[0];
}
