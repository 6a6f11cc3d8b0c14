import { z } from "zod";
import { ApiError, Brief, BriefPage, IndicatorPage, PublicationPage, RegionPage, RoundPage, ScorePage } from "./schemas";

type Param = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Record<string, unknown> };
const q = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }, required = false): Param => ({ name, in: "query", required, description, schema });
const paging = [q("limit", "page size, 1-500", { type: "integer", default: 100 }), q("offset", "rows to skip", { type: "integer", default: 0 })];

const json = (schema: z.ZodType) => ({ "application/json": { schema: z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) } });
const errors = {
  "400": { description: "Bad parameters", content: json(ApiError) },
  "401": { description: "Token unknown, revoked or expired", content: json(ApiError) },
  "404": { description: "Not found (or outside the token's regions)", content: json(ApiError) },
  "429": { description: "Rate limit passed; see Retry-After", headers: { "Retry-After": { schema: { type: "integer" } } }, content: json(ApiError) },
};

function op(summary: string, parameters: Param[], schema: z.ZodType) {
  return { get: { summary, parameters, security: [{}, { bearer: [] }], responses: { "200": { description: "OK", content: json(schema) }, ...errors } } };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate with. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portal Klaster Industri Rumahan API",
      version: "1.0.0",
      description:
        "Read-only JSON. Without a token: published rounds only, every count under 5 suppressed (with complementary cells). With `Authorization: Bearer <token>`: the token owner's role and regions, her visible rounds.",
      license: { name: "CC BY 4.0 (published data)", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal API token (pkir_…), created on /account/tokens" } } },
    paths: {
      "/regions": op("Regions: search by name or code, or the children of a parent", [q("q", "name or code"), q("parent", "code of the parent unit"), ...paging], RegionPage),
      "/rounds": op("Survey rounds", paging, RoundPage),
      "/scores": op(
        "Stored scores of one unit level in a round (interfaces.md scores --json)",
        [q("round", "round code", { type: "string" }, true), q("unit", "unit level", { type: "string", enum: ["cluster", "village", "district", "regency"] }, true), q("region", "Kemendagri code prefix"), ...paging],
        ScorePage,
      ),
      "/indicators": op("Paper-style frequency tables", [q("round", "round code", { type: "string" }, true), q("region", "Kemendagri code prefix"), q("field", "one field"), q("lang", "id or en"), ...paging], IndicatorPage),
      "/publications": op("Published publications", [q("q", "search in title, abstract, authors"), ...paging], PublicationPage),
      "/briefs": op("Published policy briefs (public rounds; counts under 5 suppressed)", [q("q", "search in title and place"), ...paging], BriefPage),
      "/briefs/{id}": op("One published policy brief, its frozen text as the public pages show it", [{ name: "id", in: "path", required: true, description: "brief id", schema: { type: "integer" } }], Brief),
    },
  };
}
