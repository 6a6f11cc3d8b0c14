/**
 * Request header that proxy.ts sets on every page request to the path and query the browser
 * asked for, overwriting whatever a client sent, so a page that needs a signed-in user can
 * send her back to exactly that address (server components cannot read their own URL).
 */
export const REQUEST_PATH_HEADER = "x-portal-request-path";

/** The path and query of a page request, without Next's internal RSC marker. */
export function requestPathOf(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
