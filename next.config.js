// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite (WASM + data folder), argon2 (native) and postgres.js must load from node_modules
  // at run time, never bundled: PGlite must be one instance per process.
  // tsx runs the import parser's worker thread (lib/import/parse-worker.mjs), outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "tsx"],
  poweredByHeader: false,
  // a second build folder lets two test runs build side by side (NEXT_DIST_DIR=.next-b)
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // survey files are uploaded through server actions; the portal refuses files over 20 MB
  // (lib/import/budgets.ts) with its own message, so the body limit sits above that
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
  // the same for every response; the per-request CSP (nonce) and HSTS are set by proxy.ts
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
