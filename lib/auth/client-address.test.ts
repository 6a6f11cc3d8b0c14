import { describe, expect, it } from "vitest";
import { clientAddress, clientAddressFromHeaders, normalizeAddress, SOCKET_ADDRESS_HEADER } from "./client-address";

describe("clientAddress", () => {
  it.each([
    // no proxy: whatever the client writes in X-Forwarded-For is ignored
    ["203.0.113.7", undefined, 0, "203.0.113.7"],
    ["203.0.113.7", "1.2.3.4", 0, "203.0.113.7"],
    ["203.0.113.7", "1.2.3.4, 5.6.7.8", 0, "203.0.113.7"],
    ["::ffff:127.0.0.1", "10.9.9.9", 0, "127.0.0.1"],
    // one proxy (the socket) appended the client's address as the last entry
    ["10.0.0.2", "198.51.100.4", 1, "198.51.100.4"],
    ["10.0.0.2", "6.6.6.6, 198.51.100.4", 1, "198.51.100.4"], // the client prepended a lie
    // two proxies: CDN then load balancer
    ["10.0.0.2", "6.6.6.6, 198.51.100.4, 172.16.0.9", 2, "198.51.100.4"],
    // a proxy expected but the header is missing: the nearest known address, never a shared bucket
    ["10.0.0.2", undefined, 1, "10.0.0.2"],
    ["10.0.0.2", "198.51.100.4", 3, "198.51.100.4"],
    // garbage where an address should be falls back to the socket
    ["10.0.0.2", "not-an-address", 1, "10.0.0.2"],
    // no socket address: unknown
    [undefined, "1.2.3.4", 0, null],
    ["", "1.2.3.4", 1, null],
  ])("socket %s, X-Forwarded-For %s, %i trusted → %s", (socketAddress, forwardedFor, trustedProxies, expected) => {
    expect(clientAddress({ socketAddress, forwardedFor, trustedProxies })).toBe(expected);
  });

  it.each([
    ["::FFFF:10.0.0.1", "10.0.0.1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["<script>", null],
    ["", null],
  ])("normalizes %s → %s", (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });

  it("believes the socket header only when the portal's server set it", () => {
    const headers = { [SOCKET_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4" };
    expect(clientAddressFromHeaders(headers, { trustedProxies: 0, socketHeaderEnabled: true })).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(headers, { trustedProxies: 0, socketHeaderEnabled: false })).toBeNull();
    expect(clientAddressFromHeaders(new Headers(headers), { trustedProxies: 0, socketHeaderEnabled: true })).toBe("203.0.113.7");
  });
});
