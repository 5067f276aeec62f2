/**
 * Which engine this process uses: PostgreSQL when `DATABASE_URL` is a postgres:// URL, else the embedded
 * SQLite file (`DATABASE_PATH`). The data-layer tests' PostgreSQL pass sets PROGRESSIF_TEST_ENGINE=postgres
 * (each test file then makes its own database).
 */
export type EngineKind = "sqlite" | "postgres";

export function engineKind(env: NodeJS.ProcessEnv = process.env): EngineKind {
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? "")) return "postgres";
  return env.PROGRESSIF_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";
}
