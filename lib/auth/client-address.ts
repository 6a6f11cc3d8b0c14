/**
 * The address a request really came from. scripts/serve.mjs writes the connection's own
 * address into SOCKET_ADDRESS_HEADER (overwriting any a client sent) and sets
 * SOCKET_HEADER_ENABLED in its environment; without that server the header is not believed.
 */
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";
export const SOCKET_HEADER_ENABLED = "PORTAL_SOCKET_ADDRESS_HEADER";

/** "::ffff:10.0.0.1" → "10.0.0.1"; empty or malformed → null. */
export function normalizeAddress(value: string | undefined | null): string | null {
  const v = value?.trim().replace(/^\[|\]$/g, "").toLowerCase();
  if (!v || !/^[0-9a-f.:]+$/.test(v)) return null;
  return v.startsWith("::ffff:") && v.includes(".") ? v.slice(7) : v;
}

/**
 * The client's address: the socket's when no proxy is trusted; behind `trustedProxies` hops
 * (each appends the address it received from to X-Forwarded-For) the entry that many hops to
 * the left of the socket, never anything further left, which the client wrote itself.
 * Null when it cannot be known (no socket address).
 */
export function clientAddress(input: { socketAddress: string | null | undefined; forwardedFor: string | null | undefined; trustedProxies: number }): string | null {
  const socket = normalizeAddress(input.socketAddress);
  if (!socket) return null;
  if (input.trustedProxies <= 0) return socket;
  const forwarded = (input.forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const chain = [...forwarded, socket];
  // chain[last] is the closest proxy; the client is `trustedProxies` hops before it
  const index = chain.length - 1 - input.trustedProxies;
  // fewer entries than proxies: the request skipped a proxy, so the first entry is the nearest truth
  return normalizeAddress(chain[Math.max(index, 0)]) ?? socket;
}

/** From request headers (a plain object, as next-auth passes them, or Headers). */
export function clientAddressFromHeaders(
  headers: Headers | Record<string, unknown> | undefined,
  config: { trustedProxies: number; socketHeaderEnabled: boolean },
): string | null {
  if (!config.socketHeaderEnabled || !headers) return null;
  const get = (name: string) => {
    const v = headers instanceof Headers ? headers.get(name) : headers[name];
    return typeof v === "string" ? v : null;
  };
  return clientAddress({ socketAddress: get(SOCKET_ADDRESS_HEADER), forwardedFor: get("x-forwarded-for"), trustedProxies: config.trustedProxies });
}
