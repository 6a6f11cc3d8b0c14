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

/**
 * The message namespaces the browser needs: those the client components (forms, pickers, the
 * error page) translate with. Every page carries them, so the others (briefs, indicators, map…,
 * two thirds of all text) stay on the server. messages.test.ts checks this list against the code.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "admin",
  "compare",
  "decisions",
  "errorPage",
  "import",
  "policy",
  "publications",
  "roles",
  "roundStatus",
  "rubrics",
  "scores",
  "signIn",
  "tokens",
  "validation",
] as const;

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
