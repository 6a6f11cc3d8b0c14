import type { Locale } from "./config";

/**
 * messages/<locale>.json holds the shell; areas with many strings keep their own
 * messages/<area>.<locale>.json, merged here under their top-level keys.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const [base, indicators, scores, map, publish] = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/indicators.${locale}.json`),
    import(`../../messages/scores.${locale}.json`),
    import(`../../messages/map.${locale}.json`),
    import(`../../messages/publish.${locale}.json`),
  ]);
  return { ...base.default, ...indicators.default, ...scores.default, ...map.default, ...publish.default };
}
