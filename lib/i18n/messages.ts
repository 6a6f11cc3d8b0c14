import type { Locale } from "./config";

/** Areas with many strings keep their own messages/<area>.<locale>.json. */
const AREAS = ["indicators", "scores", "map", "account", "audit", "compare", "policy", "briefs", "candidates", "publish"] as const;

/**
 * messages/<locale>.json holds the shell; each area's file is merged here under its
 * top-level keys.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const [base, ...areas] = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...AREAS.map((area) => import(`../../messages/${area}.${locale}.json`)),
  ]);
  return Object.assign({}, base.default, ...areas.map((a) => a.default));
}
