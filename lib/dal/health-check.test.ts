import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { checkHealth, readJournal } from "./health-check";

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-health-"));
  dirs.push(dir);
  return path.join(dir, "db.sqlite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("checkHealth", () => {
  const journal = readJournal();

  it("is healthy on a migrated database with a build", () => {
    const { sqlite, db } = openDatabase(tempFile());
    runMigrations(db);
    const report = checkHealth(() => sqlite, journal, "build-123");
    expect(report).toEqual({ ok: true, database: "ok", migrations: { applied: journal.entries.length, expected: journal.entries.length, upToDate: true }, buildId: "build-123" });
    sqlite.close();
  });

  it("is unhealthy when migrations are missing", () => {
    const sqlite = new Database(tempFile());
    const report = checkHealth(() => sqlite, journal, "build-123");
    expect(report.ok).toBe(false);
    expect(report.migrations).toEqual({ applied: 0, expected: journal.entries.length, upToDate: false });
    sqlite.close();
  });

  it("is unhealthy when the latest migration is not applied", () => {
    const { sqlite, db } = openDatabase(tempFile());
    runMigrations(db);
    const newer = { entries: [...journal.entries, { when: Math.max(...journal.entries.map((e) => e.when)) + 1, tag: "9999_next" }] };
    expect(checkHealth(() => sqlite, newer, "build-123").migrations.upToDate).toBe(false);
    sqlite.close();
  });

  it("is unhealthy without a build or a database", () => {
    const { sqlite, db } = openDatabase(tempFile());
    runMigrations(db);
    expect(checkHealth(() => sqlite, journal, null).ok).toBe(false);
    sqlite.close();
    const report = checkHealth(() => sqlite, journal, "build-123");
    expect(report).toMatchObject({ ok: false, database: "unreachable" });
  });
});
