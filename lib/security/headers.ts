/**
 * The security headers of every page, as pure functions of the request's facts, so the
 * policy can be tested on a table of cases. `proxy.ts` applies them; it guards nothing.
 */
export type CspInput = {
  /** fresh per request; Next puts it on its own scripts when it finds it in the CSP header */
  nonce: string;
  /** `next dev` needs eval for React's debugging; production never does */
  dev: boolean;
  /** served over HTTPS (directly or behind a proxy that says so) */
  https: boolean;
  /** origin of MAP_TILE_URL's images, when a tile layer is configured */
  tileOrigin?: string;
};

export function contentSecurityPolicy({ nonce, dev, https, tileOrigin }: CspInput): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce (the map's own SVG styles carry it); style attributes
    // (bar widths, swatch colours) cannot carry a nonce and run no code
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Headers that depend on the request (the nonce, HTTPS); the static ones are in next.config.js. */
export function pageSecurityHeaders(input: CspInput): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(input),
    ...(input.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** True when the portal is reached over HTTPS: its configured URL, the request, or the proxy in front. */
export function isHttps(facts: { configuredUrl?: string; protocol: string; forwardedProto?: string | null }): boolean {
  return (
    facts.configuredUrl?.startsWith("https://") === true ||
    facts.protocol === "https:" ||
    facts.forwardedProto?.split(",")[0]?.trim() === "https"
  );
}

/** The origin of an XYZ tile template, or undefined when there is none or it is malformed. */
export function tileOriginOf(template: string | undefined): string | undefined {
  if (!template) return undefined;
  try {
    return new URL(template.replace(/\{[xyz]\}/g, "0")).origin;
  } catch {
    return undefined;
  }
}
