import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema and committed; db/migrate.ts applies them
// to either PGlite or the Postgres at DATABASE_URL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
