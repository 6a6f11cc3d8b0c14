import "server-only";
import type { z } from "zod";
import { PUBLIC_CACHE_CONTROL } from "@/app/public/cache";
import { getDb, type Db } from "@/db/client";
import { API_ERRORS, apiLanguage, type ApiErrorCode } from "@/lib/api/errors";
import { hitRateWindow } from "@/db/queries/tokens";
import { rateDecision } from "@/lib/api/rate-limit";
import { bearerToken } from "@/lib/api/tokens";
import { requestAddress } from "@/lib/auth/options";
import { authenticateToken, type TokenActor } from "@/services/tokens";

/** 60 requests a minute per token, or per address without one. */
export const RATE_LIMIT = { limit: 60, windowMs: 60_000 };

export class ApiFailure extends Error {
  constructor(readonly code: ApiErrorCode) {
    super(code);
  }
}

export type ApiContext = { url: URL; db: Db; viewer: TokenActor | null };

function failure(code: ApiErrorCode, lang: "id" | "en", headers: Record<string, string> = {}) {
  const e = API_ERRORS[code];
  return Response.json({ error: code, message: e[lang] }, { status: e.status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Every /api/v1 route: token (when one is presented it must be valid: 401 otherwise, never a silent
 * fall-back to public data), rate limit (429 + Retry-After), run, validate the answer with its schema.
 */
export function apiRoute<S extends z.ZodType>(schema: S, run: (ctx: ApiContext) => Promise<z.input<S>>) {
  return async (request: Request): Promise<Response> => {
    const lang = apiLanguage(request.headers.get("accept-language"));
    const db = await getDb();
    const header = request.headers.get("authorization");
    let viewer: TokenActor | null = null;
    // the address the socket saw (or the trusted proxies' entry): a client cannot pick its own bucket
    let key = `ip:${requestAddress(request.headers) ?? "unknown"}`;
    if (header !== null) {
      const token = bearerToken(header);
      const auth = token ? await authenticateToken(db, token) : { ok: false as const };
      if (!auth.ok) return failure("unauthorized", lang, { "WWW-Authenticate": 'Bearer realm="api"' });
      viewer = auth.user;
      key = `token:${auth.tokenId}`;
    }
    const hit = rateDecision({ ...(await hitRateWindow(db, key, RATE_LIMIT.windowMs)), ...RATE_LIMIT });
    if (!hit.ok) return failure("rate_limited", lang, { "Retry-After": String(hit.retryAfterSeconds) });
    try {
      const body = schema.parse(await run({ url: new URL(request.url), db, viewer }));
      return Response.json(body, {
        headers: {
          // answers for a token depend on its owner: never shared; public answers may be cached briefly
          "Cache-Control": viewer ? "private, no-store" : PUBLIC_CACHE_CONTROL,
          Vary: "Authorization, Accept-Language",
          "X-RateLimit-Remaining": String(hit.remaining),
        },
      });
    } catch (e) {
      if (e instanceof ApiFailure) return failure(e.code, lang);
      console.error("api failed", e);
      return failure("internal", lang);
    }
  };
}

/** Query parameters through a zod schema; bad ones are a 400. */
export function queryOf<T extends z.ZodType>(url: URL, schema: T): z.output<T> {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw new ApiFailure("bad_request");
  return parsed.data;
}
