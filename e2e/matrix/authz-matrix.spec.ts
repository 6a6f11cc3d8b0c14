// The authorization matrix (issue 14 item 1). Every page, route handler and server action is
// found in the code (app/**/page.tsx, app/**/route.ts, modules whose first statement is
// "use server"); one missing from the expectations below fails the first test, so a new one
// cannot be forgotten. The second test asks each of them as every role, in and out of the
// Lampung Selatan official's scope (Lampung Timur, 18.07, seeded by e2e/matrix/seed.ts),
// signed out, with a disabled account's still-live cookie, and with the Lampung Timur
// official's API token, over HTTP against next start on its own Postgres database. Server
// actions are POSTed the way a browser does (the action id from the build's
// server-reference-manifest.json, the `Next-Action` header, React's multipart argument
// encoding), with another regency's ids: a forged request, not a call that skips Next's own
// decoding. Table fingerprints (rows + md5 of the ordered rows, audit_log and login_attempts
// and api_rate_windows excepted: they count every request by design) must not move while refusals are tried. Prints `authz matrix: N checks, N leaks`.
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import postgres from "postgres";
import { DEMO } from "../fixtures";
import { AUDIT_ACTIONS } from "../../lib/audit/actions";
import { AUDIT_ELSEWHERE, AUDIT_PASSWORD, changeList, NOT_A_CHANGE, type ChangeContext, type Fields } from "./changes";

const ROOT = path.resolve(__dirname, "../..");
const ROUND = "IR-LAMSEL-2019";
const DRAFT = "MATRIX-DRAFT";
type Who = "admin" | "kementerian" | "lamsel" | "peneliti";
const ROLES: Who[] = ["admin", "kementerian", "lamsel", "peneliti"];
const NATIONAL: Who[] = ["admin", "kementerian", "peneliti"];
type State = {
  briefId: number;
  briefMine: number;
  comparison: string;
  comparisonMine: string;
  token: string;
  tokenId: number;
  pendingId: string;
  pendingMine: string;
  publication: string;
  offId: number;
  /** looked up by the test */
  lamtimClusterId: number;
};
type Url = string | ((s: State) => string);

/** Lampung Timur rows that the Lampung Selatan official must never see. */
const LAMTIM = /LT-TEMPE|ZZLAMTIM|Rajabasa Batanghari|Lampung Timur|18\.07\.01/;
/** Lampung Selatan rows that the Lampung Timur official's token must never see. */
const LAMSEL = /CANTI-KERIPIK|WMT-BAKSO|18\.01\.16/;

type RouteSpec = {
  /** an example within the Lampung Selatan official's scope (or a generic one) */
  url: Url;
  /** roles that get it; "public": anyone, signed in or not */
  allow: Who[] | "public";
  /** the same kind of object in Lampung Timur: the official gets 404, national roles allowed get it */
  theirs?: Url;
  /** who may open `theirs` (default: the allowed national roles) */
  theirsAllow?: Who[];
  /** a listing: the official's answer (url, theirs and more) must hold no Lampung Timur row */
  scan?: boolean;
  /** more addresses of the same listing that the official opens and that must hold no Lampung Timur row */
  more?: string[];
  /** the API: with the Lampung Timur token, no Lampung Selatan row may appear */
  api?: boolean;
  /** checked in another way (the sign-in machinery) */
  note?: string;
  /** what a signed-in user gets when it is not 200 (the sign-in page sends her home) */
  signedInStatus?: number;
};

const ALL = ROLES;
const ROUTES: Record<string, RouteSpec> = {
  // signed out: what the portal is and a sign-in link, no data; signed in: her home page
  "/": { url: "/", allow: "public", scan: true },
  "/about-data": { url: "/about-data", allow: "public" },
  "/sign-in": { url: "/sign-in", allow: "public", signedInStatus: 307 },
  "/account": { url: "/account", allow: ALL },
  "/account/tokens": { url: "/account/tokens", allow: ALL, scan: true },
  "/admin/audit": { url: "/admin/audit", allow: ["admin"] },
  "/admin/audit/csv": { url: "/admin/audit/csv", allow: ["admin"] },
  "/admin/rubrics": { url: "/admin/rubrics", allow: ["admin"] },
  "/admin/rubrics/[version]": { url: "/admin/rubrics/rubrik-2019-v1", allow: ["admin"] },
  "/admin/rubrics/compare": { url: "/admin/rubrics/compare", allow: ["admin"] },
  "/admin/tokens": { url: "/admin/tokens", allow: ["admin"] },
  "/admin/users": { url: "/admin/users", allow: ["admin"] },
  "/admin/users/[id]": { url: (s) => `/admin/users/${s.offId}`, allow: ["admin"] },
  "/api/auth/[...nextauth]": { url: "/api/auth/session", allow: "public", note: "next-auth's own endpoints; sessions are exercised by every signed-in check" },
  "/api/v1/briefs": { url: "/api/v1/briefs", allow: "public" },
  "/api/v1/briefs/[id]": { url: (s) => `/api/v1/briefs/${s.briefId}`, allow: "public" },
  "/api/v1/indicators": { url: `/api/v1/indicators?round=${ROUND}&region=18.01`, allow: "public", api: true },
  "/api/v1/openapi.json": { url: "/api/v1/openapi.json", allow: "public" },
  "/api/v1/publications": { url: "/api/v1/publications", allow: "public", api: true },
  "/api/v1/regions": { url: "/api/v1/regions?q=canti", allow: "public" },
  "/api/v1/rounds": { url: "/api/v1/rounds", allow: "public", api: true },
  "/api/v1/scores": { url: `/api/v1/scores?round=${ROUND}&unit=cluster`, allow: "public", api: true },
  "/briefs": { url: "/briefs", allow: ALL, scan: true },
  "/briefs/[id]": { url: (s) => `/briefs/${s.briefMine}`, theirs: (s) => `/briefs/${s.briefId}`, allow: ALL, scan: true },
  "/briefs/[id]/md": { url: (s) => `/briefs/${s.briefMine}/md`, theirs: (s) => `/briefs/${s.briefId}/md`, allow: ALL },
  "/briefs/[id]/pdf": { url: (s) => `/briefs/${s.briefMine}/pdf`, theirs: (s) => `/briefs/${s.briefId}/pdf`, allow: ALL },
  "/candidates": { url: `/candidates?round=${ROUND}`, theirs: `/candidates?round=${ROUND}&region=18.07`, more: ["/candidates", `/candidates?round=${ROUND}&region=18`], allow: ALL, scan: true },
  "/candidates/csv": { url: `/candidates/csv?round=${ROUND}`, theirs: `/candidates/csv?round=${ROUND}&region=18.07`, more: [`/candidates/csv?round=${ROUND}&region=18`], allow: ALL, scan: true },
  "/candidates/decisions": { url: "/candidates/decisions", theirs: "/candidates/decisions?region=18.07", more: ["/candidates/decisions?region=18"], allow: ALL, scan: true },
  "/candidates/[round]/[cluster]": { url: `/candidates/${ROUND}/CANTI-KERIPIK`, theirs: `/candidates/${ROUND}/LT-TEMPE`, allow: ALL, scan: true },
  "/compare": { url: `/compare?round=${ROUND}&u=cluster:CANTI-KERIPIK&u=cluster:LT-TEMPE`, allow: ALL, scan: true },
  "/compare/search": {
    url: `/compare/search?round=${ROUND}&q=a`,
    theirs: `/compare/search?round=${ROUND}&q=rajabasa`,
    more: [`/compare/search?round=${ROUND}&q=LT`, `/compare/search?round=${ROUND}&q=18.07`, `/compare/search?round=${ROUND}&q=tempe`],
    allow: ALL,
    scan: true,
  },
  "/compare/s/[id]": { url: (s) => `/compare/s/${s.comparisonMine}`, theirs: (s) => `/compare/s/${s.comparison}`, allow: ALL, scan: true },
  "/compare/rank": { url: `/compare/rank?round=${ROUND}&unit=cluster`, allow: ["admin", "kementerian"] },
  "/compare/rank/csv": { url: `/compare/rank/csv?round=${ROUND}&unit=cluster`, allow: ["admin", "kementerian"] },
  "/data": { url: "/data", allow: ALL, scan: true },
  "/data/import": { url: "/data/import", allow: ["admin", "lamsel", "peneliti"], scan: true },
  "/data/imports/[id]": { url: (s) => `/data/imports/${s.pendingMine}`, theirs: (s) => `/data/imports/${s.pendingId}`, theirsAllow: [], allow: ["lamsel"] },
  "/data/imports/[id]/rejected": { url: (s) => `/data/imports/${s.pendingMine}/rejected`, theirs: (s) => `/data/imports/${s.pendingId}/rejected`, theirsAllow: [], allow: ["lamsel"] },
  "/data/pktd": { url: "/data/pktd", more: ["/data/pktd?region=18.07", "/data/pktd?year=2019"], allow: ALL, scan: true },
  "/data/pktd/edit": { url: "/data/pktd/edit?village=18.01.16.2004&year=2019", theirs: "/data/pktd/edit?village=18.07.01.2004&year=2019", allow: ["admin", "lamsel"], scan: true },
  "/data/pktd/activities": { url: "/data/pktd/activities", allow: ["admin", "lamsel"], scan: true },
  // theirs: the researcher's draft round (in Lampung Selatan): only she and administrators see it
  "/data/rounds/[code]": { url: `/data/rounds/${ROUND}`, theirs: `/data/rounds/${DRAFT}`, theirsAllow: ["admin", "peneliti"], allow: ALL, scan: true },
  "/data/rounds/[code]/quality": { url: `/data/rounds/${ROUND}/quality`, theirs: `/data/rounds/${DRAFT}/quality`, theirsAllow: ["admin", "peneliti"], allow: ALL, scan: true },
  "/data/rounds/[code]/export": { url: `/data/rounds/${ROUND}/export`, theirs: `/data/rounds/${ROUND}/export?region=18.07`, allow: ALL, scan: true },
  "/data/xlsform": { url: "/data/xlsform", allow: ALL },
  "/indicators": { url: `/indicators?round=${ROUND}`, theirs: `/indicators?round=${ROUND}&region=18.07`, more: [`/indicators?round=${ROUND}&region=18`], allow: ALL, scan: true },
  "/indicators/[field]": { url: `/indicators/value_added?round=${ROUND}`, theirs: `/indicators/value_added?round=${ROUND}&region=18.07`, allow: ALL, scan: true },
  "/indicators/csv": { url: `/indicators/csv?round=${ROUND}`, theirs: `/indicators/csv?round=${ROUND}&region=18.07`, allow: ALL, scan: true },
  "/map": { url: `/map?round=${ROUND}&level=18.01`, theirs: `/map?round=${ROUND}&level=18.07`, more: ["/map", `/map?round=${ROUND}&level=18`, `/map?round=${ROUND}&view=table`], allow: ALL, scan: true },
  "/map/shapes": { url: `/map/shapes?round=${ROUND}&level=18.01`, theirs: `/map/shapes?round=${ROUND}&level=18.07`, allow: ALL, scan: true },
  "/public": { url: "/public", allow: "public" },
  "/public/briefs/[id]": { url: (s) => `/public/briefs/${s.briefId}`, allow: "public" },
  "/public/briefs/[id]/pdf": { url: (s) => `/public/briefs/${s.briefId}/pdf`, allow: "public" },
  "/public/publications/[slug]": { url: (s) => `/public/publications/${s.publication}`, allow: "public" },
  "/public/publications/[slug]/dataset": { url: (s) => `/public/publications/${s.publication}/dataset`, allow: "public" },
  "/public/publications/[slug]/dictionary": { url: (s) => `/public/publications/${s.publication}/dictionary`, allow: "public" },
  "/public/publications/[slug]/pdf": { url: (s) => `/public/publications/${s.publication}/pdf`, allow: "public" },
  "/public/regions/[code]": { url: "/public/regions/18.01", allow: "public" },
  "/publications": { url: "/publications", allow: ["admin", "peneliti"] },
  "/publications/new": { url: "/publications/new", allow: ["admin", "peneliti"] },
  "/publications/[slug]": { url: (s) => `/publications/${s.publication}`, allow: ["admin", "peneliti"] },
  "/readiness-support": {
    url: `/readiness-support?round=${ROUND}`,
    theirs: `/readiness-support?round=${ROUND}&region=18.07`,
    more: [`/readiness-support?round=${ROUND}&region=18`, `/readiness-support?round=${ROUND}&unit=cluster`],
    allow: ALL,
    scan: true,
  },
  "/regions": { url: "/regions?q=rajabasa", more: ["/regions", "/regions?q=18.07", "/regions?q=lampung%20timur"], allow: ALL, scan: true },
  "/regions/[code]": { url: "/regions/18.01.16", theirs: "/regions/18.07.01", more: ["/regions/18", "/regions/18.01"], allow: ALL, scan: true },
  "/regions/suggest": { url: "/regions/suggest?q=rajabasa", theirs: "/regions/suggest?q=18.07", more: ["/regions/suggest?q=lampung%20timur", "/regions/suggest?q=sukadana"], allow: ALL, scan: true },
  "/scores": {
    url: `/scores?round=${ROUND}&unit=cluster`,
    theirs: `/scores?round=${ROUND}&unit=village&region=18.07`,
    more: [`/scores?round=${ROUND}&unit=regency`, `/scores?round=${ROUND}&unit=district`, `/scores?round=${ROUND}&unit=village`, `/scores?round=${ROUND}&unit=cluster&region=18`],
    allow: ALL,
    scan: true,
  },
  "/scores/csv": {
    url: `/scores/csv?round=${ROUND}&unit=cluster`,
    theirs: `/scores/csv?round=${ROUND}&unit=village&region=18.07`,
    more: [`/scores/csv?round=${ROUND}&unit=regency`, `/scores/csv?round=${ROUND}&unit=district`, `/scores/csv?round=${ROUND}&unit=cluster&region=18`],
    allow: ALL,
    scan: true,
  },
  "/scores/[round]/[unit]/[code]": { url: `/scores/${ROUND}/cluster/CANTI-KERIPIK`, theirs: `/scores/${ROUND}/cluster/LT-TEMPE`, allow: ALL, scan: true },
};

type ActionSpec = {
  /** roles the action's permission admits (a role outside is refused "forbidden") */
  allow: Who[] | "public";
  /** a form naming Lampung Timur objects: the Lampung Selatan official, if admitted, is refused (not found) */
  theirs?: (s: State) => Fields;
  /** a form for the refused roles (default: theirs, else empty) */
  form?: (s: State) => Fields;
};
const pktdForm = (village: string) => ({
  village_code: village,
  year: "2019",
  dana_desa_total: "1.000.000.000",
  pktd_budget: "300.000.000",
  physical_work_value: "200.000.000",
  wages_paid: "100.000.000",
  workers_total: "10",
  workers_women: "5",
  payment_frequency: "daily",
  contracted_out: "no",
  heavy_equipment: "no",
  during_harvest: "no",
  expectedVersion: "0",
});
const ACTIONS: Record<string, ActionSpec> = {
  "app/account/actions.ts#changeOwnPasswordAction": { allow: ALL, form: () => ({ current: "x", password: "Matriks#Baru2026xx", confirm: "Matriks#Baru2026xx" }) },
  "app/account/actions.ts#signOutEverywhereAction": { allow: ALL },
  "app/account/tokens/actions.ts#createTokenAction": { allow: ALL, form: () => ({ name: "matrix", days: "7" }) },
  "app/account/tokens/actions.ts#revokeTokenAction": { allow: ALL, theirs: (s) => ({ id: String(s.tokenId) }) },
  "app/actions/locale.ts#setLocaleAction": { allow: "public" },
  "app/admin/rubrics/actions.ts#copyRubricAction": { allow: ["admin"], form: () => ({ from: "rubrik-2019-v1", version: "matriks-v2", label: "x" }) },
  "app/admin/rubrics/actions.ts#updateRubricAction": { allow: ["admin"], form: () => ({ version: "rubrik-2019-v1" }) },
  "app/admin/rubrics/actions.ts#rescoreRubricAction": { allow: ["admin"], form: () => ({ version: "rubrik-2019-v1" }) },
  "app/admin/users/actions.ts#createAccountAction": { allow: ["admin"], form: () => ({ username: "matrix-new", displayName: "x", role: "administrator", password: "Matriks#Baru2026xx", regions: "" }) },
  "app/admin/users/actions.ts#updateAccountAction": { allow: ["admin"], form: (s) => ({ id: String(s.offId), role: "administrator", active: "on", displayName: "x" }) },
  "app/admin/users/actions.ts#resetPasswordAction": { allow: ["admin"], form: (s) => ({ id: String(s.offId), password: "Matriks#Baru2026xx" }) },
  "app/briefs/actions.ts#generateBriefAction": { allow: ["admin", "lamsel"], theirs: () => ({ unit: "cluster:LT-TEMPE", round: ROUND, lang: "id" }) },
  "app/briefs/actions.ts#editBriefSectionAction": { allow: ["admin", "lamsel"], theirs: (s) => ({ briefId: String(s.briefId), baseVersion: "1", section: "summary", heading: "x", body: "ZZ" }) },
  "app/briefs/actions.ts#transitionBriefAction": { allow: ["admin", "kementerian", "lamsel"], theirs: (s) => ({ briefId: String(s.briefId), action: "submit" }) },
  "app/briefs/actions.ts#restoreBriefAction": { allow: ["admin", "lamsel"], theirs: (s) => ({ briefId: String(s.briefId), version: "1" }) },
  "app/briefs/actions.ts#regenerateBriefAction": { allow: ["admin", "lamsel"], theirs: (s) => ({ briefId: String(s.briefId) }) },
  "app/candidates/actions.ts#recordDecisionAction": { allow: ["admin", "kementerian", "lamsel"], theirs: () => ({ round: ROUND, cluster: "LT-TEMPE", kind: "rejected", reason: "Ditolak dari luar wilayah" }) },
  "app/compare/actions.ts#saveComparisonAction": { allow: ALL, theirs: () => ({ title: "Matriks", round: ROUND, units: ["cluster:LT-TEMPE", "cluster:CANTI-KERIPIK"] }) },
  "app/data/actions.ts#uploadImportAction": { allow: ["admin", "lamsel", "peneliti"], form: () => ({ kind: "respondents", existingRound: ROUND }) },
  "app/data/actions.ts#commitImportAction": { allow: ["admin", "lamsel", "peneliti"], theirs: (s) => ({ id: s.pendingId, mode: "all", token: "x" }) },
  "app/data/pktd/actions.ts#savePktdAction": { allow: ["admin", "lamsel"], theirs: () => pktdForm("18.07.01.2004") },
  "app/data/pktd/actions.ts#saveActivityAction": { allow: ["admin", "lamsel"], theirs: (s) => ({ clusterId: String(s.lamtimClusterId), kind: "training", date: "2019-05-01", budget: "1.000.000", provider: "ZZ" }) },
  "app/data/rounds/[code]/actions.ts#changeRoundAction": { allow: ["admin", "peneliti"], form: () => ({ code: ROUND, verb: "withdraw", reason: "Ditarik oleh matriks" }) },
  "app/publications/actions.ts#createPublicationAction": { allow: ["admin", "peneliti"], form: () => ({ slug: "matriks-2", title: "x", authors: "x", abstract: "x", body: "x" }) },
  "app/publications/actions.ts#saveDraftAction": { allow: ["admin", "peneliti"], form: (s) => ({ slug: s.publication, title: "x", authors: "x", abstract: "x", body: "x" }) },
  "app/publications/actions.ts#publishAction": { allow: ["admin", "peneliti"], form: (s) => ({ slug: s.publication }) },
  "app/publications/actions.ts#newVersionAction": { allow: ["admin", "peneliti"], form: (s) => ({ slug: s.publication }) },
  "app/publications/actions.ts#withdrawAction": { allow: ["admin", "peneliti"], form: (s) => ({ slug: s.publication, reason: "Ditarik oleh matriks" }) },
};

// ---------------------------------------------------------------- discovery from the code

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

export function discoverRoutes(): string[] {
  const app = path.join(ROOT, "app");
  return walk(app)
    .filter((f) => /[/\\](page\.tsx|route\.ts)$/.test(f))
    .map((f) => {
      const segments = path.relative(app, path.dirname(f)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
      return "/" + segments.join("/");
    })
    .sort();
}

export function discoverActions(): string[] {
  const found: string[] = [];
  for (const dir of ["app", "lib", "services", "components", "db"]) {
    for (const f of walk(path.join(ROOT, dir)).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))) {
      const text = fs.readFileSync(f, "utf8");
      // the directive: the first statement of the module (comments may come before it)
      if (!/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(text)) continue;
      for (const m of text.matchAll(/export\s+(?:const|let|async\s+function|function)\s+(\w+)/g)) found.push(`${path.relative(ROOT, f).split(path.sep).join("/")}#${m[1]}`);
      if (/export\s*\{|export\s+default/.test(text)) found.push(`${path.relative(ROOT, f)}#<re-export: list each name>`);
    }
  }
  return found.sort();
}

// ---------------------------------------------------------------- helpers

type Tally = { checks: number; leaks: string[]; failures: string[] };
const tally: Tally = { checks: 0, leaks: [], failures: [] };
const FORBIDDEN_MSG = "Peran Anda tidak mengizinkan tindakan ini.";
const NOT_FOUND_MSG = "Data tidak ditemukan atau berada di luar wilayah tanggung jawab Anda.";
const UNAUTH_MSG = "Sesi Anda berakhir. Silakan masuk lagi.";
const TOKEN_MISSING_MSG = "Token tidak ditemukan.";
/** generating a brief of a unit outside her regions: the scoped score query finds none, the same answer as for a unit that does not exist */
const NOT_SCORED_MSG = "Unit ini tidak memiliki skor pada putaran dan versi rubrik tersebut.";

function record(ok: boolean, leak: boolean, what: string) {
  tally.checks++;
  if (ok) return;
  (leak ? tally.leaks : tally.failures).push(what);
}

/**
 * The page repeats the address it was asked for (links, the router's state): the official's
 * own request naming a Lampung Timur code is not a row of Lampung Timur, so it is taken out
 * before the page is searched; any other mention still counts.
 */
function withoutEcho(body: string, url: string): string {
  const u = new URL(url, "http://x");
  const queries = [u.search.slice(1), u.searchParams.toString(), decodeURIComponent(u.search.slice(1))].filter(Boolean);
  let out = body;
  for (const q of queries) for (const amp of ["&", "\\u0026", "\\\\u0026", "&amp;"]) out = out.split(q.replaceAll("&", amp)).join("");
  // a value on its own, as a whole (quoted) string: the form field or picker state it came from;
  // a repeated parameter comes back joined too (the picker's React key: "cluster:A,cluster:B")
  const values = [...u.searchParams.values(), ...[...new Set(u.searchParams.keys())].map((k) => u.searchParams.getAll(k).join(","))];
  for (const v of values.filter(Boolean)) out = out.replace(new RegExp(`"${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\\\?"`, "g"), '""');
  return out;
}

const resolve = (u: Url, s: State) => (typeof u === "string" ? u : u(s));

async function signIn(baseURL: string, username: string, password: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "accept-language": "id-ID" } });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const r = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" }, maxRedirects: 0 });
  expect(r.status(), `sign-in of ${username}`).toBeLessThan(400);
  // the session endpoint names no user (by design): a signed-in-only page proves the cookie
  expect((await ctx.get("/account", { maxRedirects: 0 })).status(), `session of ${username}`).toBe(200);
  return ctx;
}

const isSignInRedirect = (r: APIResponse) => [302, 303, 307, 308].includes(r.status()) && /\/sign-in/.test(r.headers()["location"] ?? "");
const refusedSignedOut = (r: APIResponse) => r.status() === 401 || isSignInRedirect(r);

async function fingerprint(sql: postgres.Sql): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }[]>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ('audit_log', 'login_attempts', 'api_rate_windows', 'region_boundaries', '__drizzle_migrations')
    order by table_name`;
  const out: Record<string, string> = {};
  for (const { table_name: t } of tables) {
    // a token's last use and use count move on every API request: that is its purpose
    const cols = await sql<{ column_name: string }[]>`
      select column_name from information_schema.columns
      where table_schema = 'public' and table_name = ${t} and column_name not in ('last_used_at', 'use_count')
      order by ordinal_position`;
    const list = cols.map((c) => `"${c.column_name}"`).join(", ");
    const [row] = await sql.unsafe(`select count(*)::int as n, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from (select ${list} from "${t}") r`);
    out[t] = `${row!.n}:${row!.h}`;
  }
  return out;
}

function diff(a: Record<string, string>, b: Record<string, string>) {
  return Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
}

/**
 * Server actions POSTed as Next's client does: the action id from the build's
 * server-reference-manifest.json, on a page that uses it, with React's reply encoding.
 */
function actionPoster(base: string, s: State) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const byKey = new Map<string, { id: string; page: string }>();
  const fill = (p: string) =>
    p
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace("[id]", String(s.briefMine))
      .replace("[code]", ROUND)
      .replace("[round]", ROUND)
      .replace("[cluster]", "CANTI-KERIPIK")
      .replace("[unit]", "cluster")
      .replace("[slug]", s.publication)
      .replace("[version]", "rubrik-2019-v1")
      .replace("[field]", "value_added") || "/";
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const pages = Object.keys(entry.workers);
    const page = pages.find((p) => !p.includes("[")) ?? pages[0]!;
    byKey.set(`${entry.filename}#${entry.exportedName}`, { id, page: fill(page) });
  }
  // React's reply encoding of (previousState, formData): the root model as part "0", the
  // FormData argument as "$K1" with its entries under the prefix "_1_"
  const post = async (ctx: APIRequestContext, key: string, fields: Fields) => {
    const target = byKey.get(key)!;
    const multipart = new FormData();
    // the root last, as React's client writes it: the server resolves "$K1" from the parts before it
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) multipart.append(`_1_${k}`, one);
    multipart.set("0", JSON.stringify(key.endsWith("#setLocaleAction") ? ["$K1"] : [{ ok: false }, "$K1"]));
    const r = await ctx.post(target.page, { headers: { "Next-Action": target.id, Origin: base, Accept: "text/x-component" }, multipart, maxRedirects: 0, timeout: 120_000 });
    const body = await r.text();
    const succeeded = Boolean(r.headers()["x-action-redirect"]) || /"ok":true/.test(body);
    return { status: r.status(), body, succeeded };
  };
  return { byKey, post };
}

// ---------------------------------------------------------------- the tests

test("every route and server action in the code has its expectation", () => {
  const routes = discoverRoutes();
  const actions = discoverActions();
  expect(routes.length).toBeGreaterThan(50);
  expect(actions.length).toBeGreaterThan(20);
  expect(routes.filter((r) => !(r in ROUTES)), "routes without an expectation in the matrix").toEqual([]);
  expect(Object.keys(ROUTES).filter((r) => !routes.includes(r)), "expectations for routes that no longer exist").toEqual([]);
  expect(actions.filter((a) => !(a in ACTIONS)), "server actions without an expectation in the matrix").toEqual([]);
  expect(Object.keys(ACTIONS).filter((a) => !actions.includes(a)), "expectations for actions that no longer exist").toEqual([]);
});

test("authorization matrix", async ({ baseURL }) => {
  test.setTimeout(900_000);
  const stateFile = process.env.MATRIX_STATE!;
  const s = JSON.parse(fs.readFileSync(stateFile, "utf8")) as State;
  const sql = postgres(process.env.MATRIX_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const base = baseURL!;
  try {
    const [cluster] = await sql<{ id: number }[]>`select c.id from clusters c where c.code = 'LT-TEMPE'`;
    s.lamtimClusterId = cluster!.id;
    const as: Record<Who, APIRequestContext> = {
      admin: await signIn(base, DEMO.admin.username, DEMO.admin.password),
      kementerian: await signIn(base, DEMO.kementerian.username, DEMO.kementerian.password),
      lamsel: await signIn(base, DEMO.lamsel.username, DEMO.lamsel.password),
      peneliti: await signIn(base, DEMO.peneliti.username, DEMO.peneliti.password),
    };
    const anon = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { "accept-language": "id-ID" } });
    // a regency official of Lampung Selatan signs in, then an administrator disables her:
    // the cookie she holds is still well-formed and unexpired
    await sql`update users set active = true where id = ${s.offId}`; // a rerun against the same server
    const off = await signIn(base, "matrix-off", "Matriks#Nonaktif2026");
    await sql`update users set active = false where id = ${s.offId}`;
    const tokenCtx = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { authorization: `Bearer ${s.token}`, "accept-language": "id-ID" } });

    const before = await fingerprint(sql);
    const get = (ctx: APIRequestContext, url: string) => ctx.get(url, { maxRedirects: 0, timeout: 120_000 });

    // ------------------------------------------------ routes
    for (const [pattern, spec] of Object.entries(ROUTES)) {
      const url = resolve(spec.url, s);
      const theirs = spec.theirs ? resolve(spec.theirs, s) : null;
      const allowed = (w: Who) => spec.allow === "public" || spec.allow.includes(w);
      for (const who of ROLES) {
        const r = await get(as[who], url);
        const body = await r.text();
        const want = spec.signedInStatus ?? 200;
        if (allowed(who)) record(r.status() === want, false, `${who} GET ${url}: ${r.status()}, expected ${want}`);
        else record([403, 404].includes(r.status()), r.ok(), `${who} GET ${url}: ${r.status()}, expected 403/404`);
        if (who === "lamsel" && spec.scan) {
          for (const extra of spec.more ?? []) {
            const x = await get(as.lamsel, extra);
            const searched = withoutEcho(await x.text(), extra);
            const m = x.ok() ? searched.match(LAMTIM) : null;
            record([200, 404].includes(x.status()) && !m, !!m, `lamsel GET ${extra}: ${x.status()}${m ? ` shows …${searched.slice(Math.max(0, m.index! - 80), m.index! + 80)}…` : ""}`);
          }
        }
        if (who === "lamsel" && spec.scan && r.ok()) {
          const searched = withoutEcho(body, url);
          const m = searched.match(LAMTIM);
          record(!m, true, `lamsel GET ${url} shows Lampung Timur: …${m ? searched.slice(Math.max(0, m.index! - 80), m.index! + 80) : ""}…`);
        }
        if (theirs) {
          const t = await get(as[who], theirs);
          const tBody = await t.text();
          const mayOpen = who !== "lamsel" && allowed(who) && (spec.theirsAllow ?? NATIONAL).includes(who);
          if (who === "lamsel" && allowed(who)) {
            // out of her scope: not found, or (a listing narrowed to her regions) no Lampung Timur row
            const searched = withoutEcho(tBody, theirs);
            const m = t.ok() ? searched.match(LAMTIM) : null;
            record(t.status() === 404 || (!!spec.scan && t.ok() && !m), t.ok() && !!m, `lamsel GET ${theirs}: ${t.status()}${m ? ` shows …${searched.slice(Math.max(0, m.index! - 80), m.index! + 80)}…` : ""}`);
          } else if (mayOpen) record(t.status() === 200, false, `${who} GET ${theirs}: ${t.status()}, expected 200`);
          else record([403, 404].includes(t.status()), t.ok(), `${who} GET ${theirs}: ${t.status()}, expected 403/404`);
        }
      }
      for (const [label, ctx] of [["signed out", anon], ["disabled account", off], ["API token on a page", tokenCtx]] as const) {
        if (label === "API token on a page" && (pattern.startsWith("/api/v1") || spec.allow === "public")) continue;
        for (const u of [url, ...(theirs ? [theirs] : [])]) {
          const r = await get(ctx, u);
          if (spec.allow === "public") record(r.status() === 200, false, `${label} GET ${u}: ${r.status()}, expected 200`);
          else record(refusedSignedOut(r), r.ok(), `${label} GET ${u}: ${r.status()} ${r.headers()["location"] ?? ""}, expected 401 or a redirect to sign-in`);
        }
      }
      if (spec.api) {
        // the Lampung Timur official's token: her own regency's rows only, never Lampung Selatan's
        for (const u of [url, url.includes("?") ? `${url}&region=18.01` : `${url}?region=18.01`]) {
          const r = await get(tokenCtx, u);
          const body = await r.text();
          const m = r.ok() ? body.match(LAMSEL) : null;
          record([200, 404].includes(r.status()) && !m, !!m, `lamtim token GET ${u}: ${r.status()}${m ? ` shows …${body.slice(Math.max(0, m.index! - 80), m.index! + 80)}…` : ""}`);
        }
      }
    }
    // the researcher's draft round is nobody else's: not in their listings, not their default
    for (const who of ["kementerian", "lamsel"] as const) {
      for (const u of ["/data", "/", `/scores?round=${DRAFT}&unit=cluster`, `/indicators?round=${DRAFT}`, "/api/v1/rounds", `/candidates?round=${DRAFT}`]) {
        const r = await get(as[who], u);
        const searched = withoutEcho(await r.text(), u);
        const m = r.ok() ? searched.match(/MATRIX-DRAFT|MD-KERIPIK|Putaran draf matriks/) : null;
        record([200, 404].includes(r.status()) && !m, !!m, `${who} GET ${u} shows the researcher's draft round: ${m ? searched.slice(Math.max(0, m.index! - 80), m.index! + 80) : r.status()}`);
      }
    }
    // aggregates leak without naming a row: what the official sees of the whole round must be
    // exactly what an administrator sees of Lampung Selatan alone
    for (const u of [`/indicators/csv?round=${ROUND}`, `/scores/csv?round=${ROUND}&unit=cluster`, `/scores/csv?round=${ROUND}&unit=village`, `/scores/csv?round=${ROUND}&unit=regency`]) {
      const mine = await (await get(as.lamsel, u)).text();
      const adminOfLamsel = await (await get(as.admin, `${u}&region=18.01`)).text();
      const adminAll = await (await get(as.admin, u)).text();
      record(mine === adminOfLamsel, mine === adminAll && mine !== adminOfLamsel, `lamsel GET ${u} differs from the administrator's view of 18.01${mine === adminAll ? " (it is the national one)" : ""}`);
    }
    const afterRoutes = await fingerprint(sql);
    record(diff(before, afterRoutes).length === 0, true, `reading routes changed tables: ${diff(before, afterRoutes).join(", ")}`);

    // ------------------------------------------------ server actions, POSTed as Next's client does
    const { byKey, post } = actionPoster(base, s);
    const unreachable: string[] = [];
    for (const [key, spec] of Object.entries(ACTIONS)) {
      if (!byKey.has(key)) {
        // exported but used by no page: Next gives it no id, so no request can reach it
        unreachable.push(key);
        continue;
      }
      if (spec.allow === "public") continue;
      const beforeAction = await fingerprint(sql);
      const form = (spec.form ?? spec.theirs)?.(s) ?? {};
      for (const [label, ctx] of [["signed out", anon], ["disabled account", off]] as const) {
        const r = await post(ctx, key, form);
        record(!r.succeeded && r.body.includes(UNAUTH_MSG), r.succeeded, `${label} POST ${key}: ${r.status} ${r.body.slice(0, 200)}`);
      }
      for (const who of ROLES) {
        if (spec.allow.includes(who)) {
          if (who !== "lamsel" || !spec.theirs) continue;
          const r = await post(as.lamsel, key, spec.theirs(s));
          const refused = [NOT_FOUND_MSG, FORBIDDEN_MSG, TOKEN_MISSING_MSG, NOT_SCORED_MSG].some((m) => r.body.includes(m));
          record(!r.succeeded && refused, r.succeeded, `lamsel POST ${key} with Lampung Timur ids: ${r.status} ${r.body.slice(0, 300)}`);
        } else {
          const r = await post(as[who], key, form);
          record(!r.succeeded && r.body.includes(FORBIDDEN_MSG), r.succeeded, `${who} POST ${key}: ${r.status} ${r.body.slice(0, 300)}`);
        }
      }
      const afterAction = await fingerprint(sql);
      record(diff(beforeAction, afterAction).length === 0, true, `refused POSTs of ${key} changed tables: ${diff(beforeAction, afterAction).join(", ")}`);
    }
    // an action id that is not in the build is refused too
    {
      const r = await as.admin.post("/", { headers: { "Next-Action": "7f" + "0".repeat(40), Origin: base }, multipart: { "0": "[]" }, maxRedirects: 0 });
      record(r.status() >= 400 && r.status() < 500, false, `unknown action id: ${r.status()}`);
    }
    const after = await fingerprint(sql);
    record(diff(before, after).length === 0, true, `the matrix changed tables: ${diff(before, after).join(", ")}`);

    // the same POSTs succeed where they are allowed: the refusals above are the portal's, not a
    // malformed request's. Each must change the table it writes.
    const allowedWrites: [Who, string, Fields, string][] = [
      ["lamsel", "app/candidates/actions.ts#recordDecisionAction", { round: ROUND, cluster: "CANTI-KERIPIK", kind: "deferred", reason: "Ditunda oleh matriks" }, "decisions"],
      ["admin", "app/candidates/actions.ts#recordDecisionAction", { round: ROUND, cluster: "LT-TEMPE", kind: "deferred", reason: "Ditunda oleh matriks" }, "decisions"],
      ["lamsel", "app/compare/actions.ts#saveComparisonAction", { title: "Matriks", round: ROUND, units: ["cluster:CANTI-KERIPIK", "cluster:WMT-BAKSO"] }, "saved_comparisons"],
      ["lamsel", "app/account/tokens/actions.ts#createTokenAction", { name: "matriks", days: "7" }, "api_tokens"],
      ["lamsel", "app/briefs/actions.ts#transitionBriefAction", { briefId: String(s.briefMine), action: "submit" }, "briefs"],
    ];
    for (const [who, key, fields, table] of allowedWrites) {
      const pre = await fingerprint(sql);
      const r = await post(as[who], key, fields);
      const changed = diff(pre, await fingerprint(sql));
      record(r.succeeded && changed.includes(table), false, `${who} POST ${key} (allowed): ${r.status} ${r.body.slice(0, 300)}; changed ${changed.join(", ") || "nothing"}`);
    }

    console.log(`unreachable server actions (exported, used by no page, so Next gives them no id): ${unreachable.length ? unreachable.join(", ") : "none"}`);
    for (const f of tally.failures) console.log(`FAIL ${f}`);
    for (const l of tally.leaks) console.log(`LEAK ${l}`);
    console.log(`authz matrix: ${tally.checks} checks, ${tally.leaks.length} leaks`);
    expect(tally.leaks, "leaks").toEqual([]);
    expect(tally.failures, "checks that did not answer as expected").toEqual([]);
  } finally {
    await sql.end();
  }
});

// ---------------------------------------------------------------- the audit trail (issue 14 item 5)

/** Sign-in events the audit test performs itself (not server actions). */
const AUTH_PERFORMED = ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out"] as const;

test("every server action is a change with its audit rows or says why it is none, and every kind of audit row is produced", () => {
  const CHANGES = changeList("x");
  const actions = discoverActions();
  const changed = new Set(CHANGES.map((c) => c.action));
  expect(actions.filter((a) => !changed.has(a) && !(a in NOT_A_CHANGE)), "server actions that the audit test never performs").toEqual([]);
  expect(actions.filter((a) => changed.has(a) && a in NOT_A_CHANGE && CHANGES.some((c) => c.action === a && c.audit.length > 0)), "listed both as a change and as none").toEqual([]);
  expect(CHANGES.map((c) => c.action).filter((a) => !actions.includes(a)), "changes of actions that no longer exist").toEqual([]);
  const produced = new Set<string>([...CHANGES.flatMap((c) => c.audit), ...AUTH_PERFORMED, ...Object.keys(AUDIT_ELSEWHERE)]);
  expect(AUDIT_ACTIONS.filter((a) => !produced.has(a)), "kinds of audit row that no test produces").toEqual([]);
});

test("every kind of change writes exactly one audit row with actor, time, action, target and before → after", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const s = JSON.parse(fs.readFileSync(process.env.MATRIX_STATE!, "utf8")) as State;
  const sql = postgres(process.env.MATRIX_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const base = baseURL!;
  const problems: string[] = [];
  const problem = (p: string) => {
    console.log(`AUDIT ${p}`);
    problems.push(p);
  };
  const tag = Date.now().toString(36);
  const auditUsername = `audit-${tag}`;
  try {
    const { post } = actionPoster(base, s);
    const users: Record<string, { username: string; password: string }> = {
      admin: DEMO.admin,
      kementerian: DEMO.kementerian,
      lamsel: DEMO.lamsel,
      peneliti: DEMO.peneliti,
      auditUser: { username: auditUsername, password: AUDIT_PASSWORD.created },
    };
    const ctxs = new Map<string, APIRequestContext>();
    for (const who of ["admin", "kementerian", "lamsel", "peneliti"]) ctxs.set(who, await signIn(base, users[who]!.username, users[who]!.password));
    const context: ChangeContext = {
      sql,
      round: ROUND,
      lastPending: async () => String((await sql`select id from pending_imports order by created_at desc limit 1`)[0]!.id),
      previewToken: async (id) => {
        const who = [...ctxs.values()];
        for (const ctx of who) {
          const m = /name="token" value="([^"]+)"/.exec(await (await ctx.get(`/data/imports/${id}`)).text());
          if (m) return m[1]!;
        }
        return "";
      },
    };
    const lastId = async () => Number((await sql`select coalesce(max(id), 0)::bigint as id from audit_log`)[0]!.id);
    type Row = { action: string; actor_username: string | null; actor_id: number | null; at: Date; entity_type: string; entity_id: string | null; before: unknown; after: unknown };
    const rowsSince = (id: number) => sql<Row[]>`select action, actor_username, actor_id, at, entity_type, entity_id, before, after from audit_log where id > ${id} order by id`;
    const check = (what: string, rows: Row[], expected: readonly string[], username: string, t0: number, opts: { before: boolean; after: boolean }) => {
      const actions = rows.map((r) => r.action);
      if (JSON.stringify(actions) !== JSON.stringify(expected)) problem(`${what}: audit rows ${JSON.stringify(actions)}, expected ${JSON.stringify(expected)}`);
      for (const r of rows) {
        const at = new Date(r.at).getTime();
        if (r.actor_username !== username) problem(`${what}: ${r.action} actor ${r.actor_username}, expected ${username}`);
        if (!(at >= t0 - 5_000 && at <= Date.now() + 5_000)) problem(`${what}: ${r.action} at ${new Date(r.at).toISOString()}, not the time of the request`);
        if (!r.entity_type || !r.entity_id) problem(`${what}: ${r.action} names no target (${r.entity_type}/${r.entity_id})`);
        if (opts.after && (r.after === null || r.after === undefined)) problem(`${what}: ${r.action} records no state after`);
        if (opts.before && (r.before === null || r.before === undefined)) problem(`${what}: ${r.action} records no state before`);
        if (opts.before && opts.after && JSON.stringify(r.before) === JSON.stringify(r.after)) problem(`${what}: ${r.action} before and after are the same`);
      }
    };

    let performed = 0;
    for (const change of changeList(tag)) {
      if (change.who === "auditUser") {
        try {
          ctxs.set("auditUser", await signIn(base, users.auditUser!.username, users.auditUser!.password));
        } catch (e) {
          problem(`${auditUsername} could not sign in before ${change.action}: ${String(e).slice(0, 200)}`);
          continue;
        }
      }
      const ctx = ctxs.get(change.who)!;
      const form = await change.form(context);
      const from = await lastId();
      const t0 = Date.now();
      const r = await post(ctx, change.action, form);
      const what = `${change.who} ${change.action} ${JSON.stringify(Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === "string")))}`;
      if (!r.succeeded) problem(`${what}: refused ${r.status} ${r.body.slice(0, 400)}`);
      check(what, await rowsSince(from), change.audit, users[change.who]!.username, t0, { before: change.before, after: true });
      performed++;
      if (change.action.endsWith("#resetPasswordAction")) users.auditUser!.password = AUDIT_PASSWORD.reset;
      if (change.action.endsWith("#changeOwnPasswordAction")) users.auditUser!.password = AUDIT_PASSWORD.own;
    }

    // sign-in events: one row each, naming the account
    {
      const from = await lastId();
      const t0 = Date.now();
      const ctx = await signIn(base, users.auditUser!.username, users.auditUser!.password);
      check("sign in", await rowsSince(from), ["auth.sign_in"], auditUsername, t0, { before: false, after: false });
      const from2 = await lastId();
      const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
      await ctx.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
      check("sign out", await rowsSince(from2), ["auth.sign_out"], auditUsername, t0, { before: false, after: false });
      const from3 = await lastId();
      const anon = await playwrightRequest.newContext({ baseURL: base });
      const csrf = (await (await anon.get("/api/auth/csrf")).json()).csrfToken;
      await anon.post("/api/auth/callback/credentials", { form: { csrfToken: csrf, username: auditUsername, password: "salah-sekali-123", json: "true" }, maxRedirects: 0 });
      check("failed sign in", await rowsSince(from3), ["auth.sign_in_failed"], auditUsername, t0, { before: false, after: false });
      performed += 3;
    }
    console.log(`audit trail: ${performed} changes performed, ${problems.length} problems`);
    expect(problems).toEqual([]);
  } finally {
    await sql.end();
  }
});
