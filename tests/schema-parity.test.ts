/**
 * The SQLite and PostgreSQL schemas describe the same database: same tables, columns, nullability,
 * defaults, keys, unique constraints, indexes and foreign keys, with each SQLite type mapped to its
 * PostgreSQL counterpart (db/schema.pg.ts says which). And each dialect's migrations are complete:
 * drizzle-kit, run on a copy of the project, finds nothing left to generate for either.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableName, is } from "drizzle-orm";

import * as sqliteSchema from "@/db/schema.sqlite";
import * as pgSchema from "@/db/schema.pg";

/** SQLite column types and the PostgreSQL types that stand for them. */
const TYPE_MAP: Record<string, string[]> = {
  SQLiteText: ["PgText", "PgJsonb"],
  SQLiteInteger: ["PgInteger", "PgBigInt53"],
  SQLiteTimestamp: ["PgBigInt53"],
  SQLiteBoolean: ["PgBoolean"],
  SQLiteReal: ["PgDoublePrecision"],
};
/** Text columns that hold a JSON document in SQLite and are jsonb in PostgreSQL. */
const JSON_COLUMNS = new Set(["responses.answer", "audit_log.details", "review_logs.answer", "representation_checks.qualifiers"]);
/** Integer columns that hold a millisecond timestamp (bigint in PostgreSQL): every `at` or `*_at` column, and these. */
const OTHER_TIMESTAMPS = new Set(["due", "last_review"]);
const isTimestamp = (column: string) => /(^|_)at$/.test(column) || OTHER_TIMESTAMPS.has(column);

type Shape = {
  columns: Record<string, { type: string; notNull: boolean; primary: boolean; unique: boolean; hasDefault: boolean; default: unknown }>;
  primaryKeys: string[][];
  indexes: { name: string; columns: string[]; unique: boolean }[];
  foreignKeys: { columns: string[]; table: string; foreignColumns: string[]; onDelete: string }[];
};

function describeTable(config: ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>): Shape {
  const columns: Shape["columns"] = {};
  for (const c of config.columns) {
    columns[c.name] = {
      type: c.columnType,
      notNull: c.notNull,
      primary: c.primary,
      unique: c.isUnique,
      hasDefault: c.hasDefault,
      // Booleans default to 0/1 in SQLite's boolean mode and false/true in PostgreSQL: compare as booleans.
      default: typeof c.default === "boolean" ? c.default : c.default === undefined ? undefined : JSON.stringify(c.default),
    };
  }
  const indexes = config.indexes
    .map((i) => ({
      name: i.config.name ?? "",
      columns: i.config.columns.map((col) => ("name" in col ? (col as { name: string }).name : String(col))),
      unique: Boolean(i.config.unique),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const foreignKeys = config.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      return {
        columns: ref.columns.map((c) => c.name),
        table: getTableName(ref.foreignTable),
        foreignColumns: ref.foreignColumns.map((c) => c.name),
        onDelete: fk.onDelete ?? "no action",
      };
    })
    .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
  const primaryKeys = config.primaryKeys.map((pk) => pk.columns.map((c) => c.name));
  return { columns, primaryKeys, indexes, foreignKeys };
}

function tables<T>(schema: Record<string, unknown>, kind: new (...args: never[]) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const value of Object.values(schema)) {
    if (is(value, kind as never)) out.set(getTableName(value as never), value as T);
  }
  return out;
}

const sqliteTables = tables(sqliteSchema, SQLiteTable);
const pgTables = tables(pgSchema, PgTable);

describe("SQLite and PostgreSQL schemas", () => {
  it("have the same tables", () => {
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    expect(sqliteTables.size).toBeGreaterThanOrEqual(13);
  });

  for (const [name, sqliteTable] of sqliteTables) {
    it(`agree on ${name}`, () => {
      const pgTable = pgTables.get(name);
      expect(pgTable, `table ${name} missing from db/schema.pg.ts`).toBeDefined();
      const lite = describeTable(sqliteConfig(sqliteTable as never));
      const pg = describeTable(pgConfig(pgTable as never));

      expect(Object.keys(pg.columns).sort(), `columns of ${name}`).toEqual(Object.keys(lite.columns).sort());
      for (const [column, l] of Object.entries(lite.columns)) {
        const p = pg.columns[column];
        const where = `${name}.${column}`;
        expect({ notNull: p.notNull, primary: p.primary, unique: p.unique, hasDefault: p.hasDefault }, where).toEqual({
          notNull: l.notNull,
          primary: l.primary,
          unique: l.unique,
          hasDefault: l.hasDefault,
        });
        if (JSON_COLUMNS.has(where)) {
          expect(p.type, where).toBe("PgJsonb");
          // Both read back as objects (SQLite: text in JSON mode); the defaults are the same document.
          expect(l.type, where).toBe("SQLiteTextJson");
          if (l.hasDefault) expect(l.default, where).toEqual(p.default);
          continue;
        }
        expect(TYPE_MAP[l.type] ?? [], `${where}: ${l.type} has no PostgreSQL counterpart ${p.type}`).toContain(p.type);
        if (l.type === "SQLiteInteger") expect(p.type, where).toBe(isTimestamp(column) ? "PgBigInt53" : "PgInteger");
        if (l.type === "SQLiteText") expect(p.type, where).toBe("PgText");
        expect(p.default, `${where} default`).toEqual(l.default);
      }
      expect(pg.primaryKeys, `composite primary key of ${name}`).toEqual(lite.primaryKeys);
      expect(pg.indexes, `indexes of ${name}`).toEqual(lite.indexes);
      expect(pg.foreignKeys, `foreign keys of ${name}`).toEqual(lite.foreignKeys);
    });
  }
});

/** Runs drizzle-kit generate for one dialect on a throw-away copy of the project: nothing to generate means the migrations are complete. */
function pendingMigration(config: string): string {
  const root = path.resolve(__dirname, "..");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-migrations-"));
  try {
    for (const entry of ["db", "lib/auth/roles.ts", config, "package.json", "tsconfig.json"]) {
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    const run = spawnSync(path.join(root, "node_modules/.bin/drizzle-kit"), ["generate", "--config", config, "--name", "pending"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, DATABASE_PATH: path.join(dir, "unused.db") },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    if (run.status !== 0) throw new Error(`drizzle-kit failed (${config}):\n${output}`);
    return /No schema changes, nothing to migrate/.test(output) ? "" : output;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("migrations", () => {
  it("SQLite's are complete (drizzle-kit has nothing to generate)", () => {
    expect(pendingMigration("drizzle.config.ts")).toBe("");
  }, 60_000);

  it("PostgreSQL's are complete (drizzle-kit has nothing to generate)", () => {
    expect(pendingMigration("drizzle.pg.config.ts")).toBe("");
  }, 60_000);
});
