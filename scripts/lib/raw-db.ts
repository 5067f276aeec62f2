/**
 * Plain SQL on the app's database from outside the app (benchmarks, end-to-end set-up and checks):
 * a SQLite file or a PostgreSQL URL behind one small async interface. Queries use `?` placeholders and
 * SQL both engines accept; bigint columns are read as numbers on both.
 */
import Database from "better-sqlite3";
import pg from "pg";

export type RawTarget = { file: string; url?: undefined } | { url: string; file?: undefined };

export type RawDb = {
  kind: "sqlite" | "postgres";
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  one<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T | undefined>;
  /** A write; resolves to the number of rows it changed. */
  execute(text: string, params?: unknown[]): Promise<number>;
  /** Several writes as one transaction. */
  batch(statements: { text: string; params: unknown[] }[]): Promise<void>;
  /** "ok", or what the engine's own check found (SQLite: integrity_check and foreign_key_check). */
  integrity(): Promise<string>;
  tables(): Promise<string[]>;
  close(): Promise<void>;
};

const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

let int8Parsed = false;

export function openRawDb(target: RawTarget, { readonly = false }: { readonly?: boolean } = {}): RawDb {
  if (target.url) {
    if (!int8Parsed) {
      pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
      int8Parsed = true;
    }
    const pool = new pg.Pool({ connectionString: target.url, max: 4 });
    pool.on("error", () => undefined);
    const query = async <T>(text: string, params: unknown[] = []) => (await pool.query(numbered(text), params)).rows as T[];
    return {
      kind: "postgres",
      query,
      one: async <T>(text: string, params: unknown[] = []) => (await query<T>(text, params))[0],
      execute: async (text, params = []) => (await pool.query(numbered(text), params)).rowCount ?? 0,
      batch: async (statements) => {
        const client = await pool.connect();
        try {
          await client.query("begin");
          for (const s of statements) await client.query(numbered(s.text), s.params);
          await client.query("commit");
        } catch (error) {
          await client.query("rollback").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      // PostgreSQL enforces its constraints (foreign keys included) at every write; there is no file to check.
      integrity: async () => "ok",
      tables: async () =>
        (await query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")).map((r) => r.name),
      close: () => pool.end(),
    };
  }
  const db = new Database(target.file!, { readonly, fileMustExist: true, timeout: 10_000 });
  const query = async <T>(text: string, params: unknown[] = []) => db.prepare(text).all(...params) as T[];
  return {
    kind: "sqlite",
    query,
    one: async <T>(text: string, params: unknown[] = []) => (await query<T>(text, params))[0],
    execute: async (text, params = []) => db.prepare(text).run(...params).changes,
    batch: async (statements) => {
      db.transaction(() => {
        for (const s of statements) db.prepare(s.text).run(...s.params);
      })();
    },
    integrity: async () => {
      const integrity = String(db.pragma("integrity_check", { simple: true }) ?? "?");
      const orphans = (db.pragma("foreign_key_check") as unknown[]).length;
      return integrity !== "ok" ? integrity : orphans > 0 ? `foreign_key_check : ${orphans} ligne(s) orpheline(s)` : "ok";
    },
    tables: async () => (await query<{ name: string }>("select name from sqlite_master where type = 'table'")).map((r) => r.name),
    close: async () => {
      db.close();
    },
  };
}

/** A JSON column's value as an object on both engines (text in SQLite, jsonb in PostgreSQL). */
export const jsonValue = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
