import { defineConfig } from "vitest/config";
import path from "node:path";
import { findPostgresBin } from "./scripts/lib/pg-cluster.mjs";

/** Every rule test of the data layer, run a second time on PostgreSQL (project "postgres"). */
const dataLayerTests = [
  "tests/*-dal.test.ts",
  "tests/concurrent-writers.test.ts",
  "tests/sign-in-limits.test.ts",
  "tests/join-code-limit.test.ts",
  "lib/dal/**/*.test.ts",
];
const postgres = Boolean(process.env.PG_TEST_URL) || findPostgresBin() !== null;
if (!postgres) {
  console.warn("PostgreSQL : ni PG_TEST_URL ni serveur local (paquet `postgresql`) — passe PostgreSQL des tests du data layer ignorée (skipped).");
}

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    globalSetup: postgres ? ["tests/support/pg-global-setup.ts"] : [],
    projects: [
      {
        extends: true as const,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
        },
      },
      ...(postgres
        ? [{ extends: true as const, test: { name: "postgres", include: dataLayerTests, env: { PROGRESSIF_TEST_ENGINE: "postgres" } } }]
        : []),
    ],
  },
});
