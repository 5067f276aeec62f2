import "server-only";
import { getSqlite } from "@/db/client";
import { checkHealth, readBuildId, readJournal, type HealthReport } from "./health-check";

/** The running server's health: its database connection, the migrations and the build it serves. */
export function serverHealth(): HealthReport {
  return checkHealth(getSqlite, readJournal(), readBuildId());
}
