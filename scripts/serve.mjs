#!/usr/bin/env node
// `next start` with one addition: the address of the connection a request came over.
// Next only fills X-Forwarded-For with it when the client sent none (base-server.js,
// `req.headers['x-forwarded-for'] ??= socket.remoteAddress`), so behind no proxy a client
// could name any address it likes. Here the socket's address goes into a header of our own,
// overwriting whatever the client sent; lib/auth/client-address.ts reads it, with
// TRUSTED_PROXIES saying how many proxy hops of X-Forwarded-For to believe.
import http from "node:http";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..");
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ||= "1";

const { SOCKET_ADDRESS_HEADER, SOCKET_HEADER_ENABLED } = await tsImport("../lib/auth/client-address.ts", import.meta.url);
const { MISSING_SECRET_MESSAGE } = await tsImport("../lib/auth/secret.ts", import.meta.url);
if (!process.env.AUTH_SECRET?.trim() && !process.env.NEXTAUTH_SECRET?.trim()) {
  console.error(MISSING_SECRET_MESSAGE);
  process.exit(1);
}
// tells the portal the header above comes from this server, not from a client
process.env[SOCKET_HEADER_ENABLED] = "1";

const { default: next } = await import("next");
const port = Number(process.env.PORT || 3000);
// every interface, as `next start` does by default
const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
});
server.listen(port, () => console.log(`▲ Portal ready on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => process.exit(0));
}
