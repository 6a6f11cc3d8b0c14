import net from "node:net";

// One probe per second at most: pages ask on every request, the answer may be a second old.
const FRESH_MS = 1_000;
const TIMEOUT_MS = 1_500;
let last: { at: number; ok: Promise<boolean> } | null = null;

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * Whether the Postgres server at DATABASE_URL accepts connections (always true for the
 * embedded database, which lives in this process). A cheap TCP probe, not a query: it tells
 * "the database is down" apart from everything else, so pages can say so with a 503.
 */
export function databaseReachable(databaseUrl = process.env.DATABASE_URL): Promise<boolean> {
  if (!databaseUrl) return Promise.resolve(true);
  const now = Date.now();
  if (last && now - last.at < FRESH_MS) return last.ok;
  const url = new URL(databaseUrl);
  const ok = connects(url.hostname || "127.0.0.1", Number(url.port || 5432));
  last = { at: now, ok };
  return ok;
}
