/**
 * One side of the last-admin race (tests/accounts-dal.test.ts): opens its own connection, says
 * "ready", then for each stdin line "<actorId> <targetId> <role|deactivate>" demotes or deactivates
 * the target at once and prints the result as one JSON line.
 * Run with `tsx --conditions=react-server` so that "server-only" resolves to its empty module.
 */
import readline from "node:readline";
import { openDatabase } from "@/db/client";
import { changeRoleRecord, setDeactivatedRecord } from "@/lib/dal/account-store";

const { db } = openDatabase(process.argv[2]!);
process.stdout.write("ready\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const [actorId, targetId, how] = line.split(" ") as [string, string, string];
  const result = how === "deactivate" ? setDeactivatedRecord(db, actorId, targetId, true) : changeRoleRecord(db, actorId, targetId, "instructor");
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
