/**
 * db:backup and db:restore on PostgreSQL: they do not pretend to back up or restore it, but say which
 * PostgreSQL tools to use, with the commands, exit with code 2 and never print the URL (it holds the password).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const URL_WITH_SECRET = "postgres://progressif:s3cret-pw@127.0.0.1:1/progressif";

function run(script: string, args: string[] = []) {
  const { DATABASE_PATH: _unused, ...env } = process.env;
  return spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", script, ...args], {
    cwd: root,
    env: { ...env, DATABASE_URL: URL_WITH_SECRET },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("db:backup and db:restore on PostgreSQL", () => {
  it("db:backup points to pg_dump and WAL archiving, and fails", () => {
    const result = run("scripts/db-backup.ts", ["/tmp/never-written.db"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("✗ db:backup copie le fichier SQLite");
    expect(result.stderr).toContain('pg_dump --format=custom --file="progressif-$(date +%Y%m%d-%H%M%S).dump" "$DATABASE_URL"');
    expect(result.stderr).toContain("archive_mode = on");
    expect(result.stderr).toContain("pg_basebackup");
    expect(result.stdout + result.stderr).not.toContain("s3cret-pw");
  }, 60_000);

  it("db:restore points to pg_restore and point-in-time recovery, and fails", () => {
    const result = run("scripts/db-restore.ts", ["/tmp/never-read.dump"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("✗ db:restore copie le fichier SQLite");
    expect(result.stderr).toContain('pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$DATABASE_URL"');
    expect(result.stderr).toContain("recovery_target_time");
    expect(result.stdout + result.stderr).not.toContain("s3cret-pw");
  }, 60_000);
});
