import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // 30 s, not vitest's 5: the property tests (fast-check, hundreds of runs) share the machine
        // with the integration lane and once took 5.3 s there
        test: { name: "unit", include: ["lib/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["db/**/*.test.ts", "services/**/*.test.ts"],
          // a set-up database of each kind, copied by the files that need one (db/test/templates.ts)
          globalSetup: ["db/test/templates.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // `npm run test:faults`: processes killed mid-write, a database cut off; slow, run on their own
        resolve: { alias },
        test: {
          name: "faults",
          include: ["db/faults/**/*.fault.ts"],
          environment: "node",
          testTimeout: 240_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
