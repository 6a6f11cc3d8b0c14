import { z } from "zod";

/** Western Indonesia Time (WIB), where the paper's round was surveyed. */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The portal's configuration (interfaces.md), validated once at boot. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection string")
    .optional(),
  /** a read replica for page reads; writes and reads after a write stay on DATABASE_URL */
  DATABASE_READ_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection string")
    .optional(),
  PGLITE_DIR: z.string().trim().min(1).default("./.data/pglite"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  DEMO_ACCOUNTS: z.enum(["0", "1"]).optional(),
  MAP_TILE_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, "must be an http(s) XYZ template with {z}, {x} and {y}")
    .optional(),
  /** proxy hops in front of the portal whose X-Forwarded-For entries are believed (0: none) */
  TRUSTED_PROXIES: z.coerce.number().int("must be a whole number").min(0).max(10).default(0),
  /** set by scripts/serve.mjs, never by hand: its socket-address header can be believed */
  PORTAL_SOCKET_ADDRESS_HEADER: z.enum(["0", "1"]).optional(),
  CHROMIUM_PATH: z.string().trim().min(1).default("/usr/bin/chromium"),
  PORTAL_TIME_ZONE: z
    .string()
    .trim()
    .refine(isTimeZone, "must be an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
    .default(DEFAULT_TIME_ZONE),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = {
  databaseUrl: string | undefined;
  /** only with databaseUrl: a replica embedded PGlite cannot have */
  databaseReadUrl: string | undefined;
  pgliteDir: string;
  /** undefined when neither AUTH_SECRET nor NEXTAUTH_SECRET is set */
  authSecret: string | undefined;
  demoAccounts: boolean;
  mapTileUrl: string | undefined;
  /** the Chromium that renders brief PDFs */
  chromiumPath: string;
  /** every date and time the portal shows is in this zone */
  timeZone: string;
  production: boolean;
  trustedProxies: number;
  socketAddressHeader: boolean;
};

export class EnvError extends Error {}

/** Pure: raw variables in, typed configuration out; empty strings count as unset. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = result.data;
  return {
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_URL ? e.DATABASE_READ_URL : undefined,
    pgliteDir: e.PGLITE_DIR,
    authSecret: e.AUTH_SECRET ?? e.NEXTAUTH_SECRET,
    demoAccounts: e.DEMO_ACCOUNTS ? e.DEMO_ACCOUNTS === "1" : e.DATABASE_URL === undefined,
    mapTileUrl: e.MAP_TILE_URL,
    chromiumPath: e.CHROMIUM_PATH,
    timeZone: e.PORTAL_TIME_ZONE,
    production: e.NODE_ENV === "production",
    trustedProxies: e.TRUSTED_PROXIES,
    socketAddressHeader: e.PORTAL_SOCKET_ADDRESS_HEADER === "1",
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
