import "server-only";
import { getDb } from "@/db/client";
import { checkHealth, readBuildId, readJournal, type HealthReport } from "./health-check";

/** The running server's health: its database connection, the migrations and the build it serves. */
export function serverHealth(): Promise<HealthReport> {
  return checkHealth(getDb, readJournal(), readBuildId());
}
