/**
 * One side of the last-admin race (tests/accounts-dal.test.ts), a server process of its own on the
 * engine the environment names (DATABASE_URL for PostgreSQL, DATABASE_PATH for SQLite): says "ready",
 * then for each stdin line "<actorId> <targetId> <role|deactivate>" demotes or deactivates the target
 * at once and prints the result as one JSON line.
 * Run with `tsx --conditions=react-server` so that "server-only" resolves to its empty module.
 */
import readline from "node:readline";
import { getDb } from "@/db/client";
import { changeRoleRecord, setDeactivatedRecord } from "@/lib/dal/account-store";

const db = getDb();
process.stdout.write("ready\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const [actorId, targetId, how] = line.split(" ") as [string, string, string];
  const change = how === "deactivate" ? setDeactivatedRecord(db, actorId, targetId, true) : changeRoleRecord(db, actorId, targetId, "instructor");
  change.then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error instanceof Error ? `${(error as { code?: string }).code ?? ""} ${error.message}` : String(error));
      process.exit(1);
    },
  );
});
