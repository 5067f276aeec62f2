/**
 * The engines' transaction guarantees (db/engine.ts), on a real SQLite file and a real PostgreSQL
 * server: read-then-write transactions lose no update, within one process and across two; a failure
 * rolls back; a nested transaction joins its parent; SQLite's read connection refuses writes and does
 * not see uncommitted data; PostgreSQL retries serialization failures a bounded number of times.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";

import { openPgEngine, openSqliteEngine, type Engine, type PgEngine, type SqliteEngine } from "@/db/engine";
import { migrateEngine } from "@/db/migrate-engine";
import { createCounters, increment, readCounter, setCounter } from "./support/engine-counter";
import { freshPostgresDatabase, postgresAvailable } from "./support/postgres";

const run = promisify(execFile);
const TSX = path.resolve(__dirname, "../node_modules/.bin/tsx");
const CHILD = path.resolve(__dirname, "support/engine-increment.ts");

/** The tests every engine must pass. `target` is what a child process opens (file or URL). */
function sharedRules(name: string, open: () => Engine, target: () => string) {
  let engine: Engine;
  beforeAll(async () => {
    engine = open();
    await createCounters(engine);
  });

  it(`${name}: 50 concurrent read-then-write transactions lose no update`, async () => {
    await setCounter(engine, "a", 0);
    await Promise.all(Array.from({ length: 50 }, () => increment(engine, "a")));
    expect(await readCounter(engine, "a")).toBe(50);
  });

  it(`${name}: a transaction that throws leaves nothing behind, and the next one runs`, async () => {
    await setCounter(engine, "b", 7);
    await expect(
      increment(engine, "b", {
        between: async () => {
          throw new Error("échec voulu");
        },
      }),
    ).rejects.toThrow("échec voulu");
    expect(await readCounter(engine, "b")).toBe(7);
    await increment(engine, "b");
    expect(await readCounter(engine, "b")).toBe(8);
  });

  it(`${name}: a nested transaction joins its parent (rolled back with it)`, async () => {
    await setCounter(engine, "n", 1);
    const failing = engine.transaction(async () => {
      await increment(engine, "n");
      await increment(engine, "n");
      throw new Error("annulé");
    });
    await expect(failing).rejects.toThrow("annulé");
    expect(await readCounter(engine, "n")).toBe(1);
  });

  it(`${name}: two processes × 150 increments lose and duplicate nothing`, async () => {
    await setCounter(engine, "c", 0);
    const outputs = await Promise.all([run(TSX, [CHILD, target(), "150"]), run(TSX, [CHILD, target(), "150"])]);
    expect(outputs.map((o) => o.stdout.trim())).toEqual(["done", "done"]);
    expect(await readCounter(engine, "c")).toBe(300);
  }, 60_000);
}

describe("SQLite engine", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-engine-"));
  const file = path.join(dir, "engine.db");
  let engine: SqliteEngine;

  sharedRules("SQLite", () => (engine = openSqliteEngine(file)), () => file);

  afterAll(async () => {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("SQLite: the read connection refuses writes", async () => {
    let error: unknown;
    try {
      engine.db.run(sql`update counters set value = 0`);
    } catch (e) {
      error = e;
    }
    // drizzle wraps the driver's error: SQLite's own message is its cause.
    expect(String((error as { cause?: unknown })?.cause)).toBe("SqliteError: attempt to write a readonly database");
  });

  it("SQLite: reads outside the transaction see only committed data", async () => {
    await setCounter(engine, "r", 1);
    let seenDuring: number | undefined;
    await engine.transaction(async (tx) => {
      tx.run(sql`update counters set value = 2 where id = 'r'`);
      seenDuring = await readCounter(engine, "r");
    });
    expect(seenDuring).toBe(1);
    expect(await readCounter(engine, "r")).toBe(2);
  });
});

describe.skipIf(!postgresAvailable())("PostgreSQL engine", () => {
  let url = "";
  let drop: () => Promise<void> = async () => {};
  let engine: PgEngine;

  beforeAll(async () => {
    ({ url, drop } = await freshPostgresDatabase());
  }, 60_000);
  afterAll(async () => {
    // The pool first, then the database: a server stopping under open connections would drop them.
    await engine.close();
    await drop();
  });

  sharedRules("PostgreSQL", () => (engine = openPgEngine(url)), () => url);

  it("PostgreSQL: without a lock key, two read-then-write transactions lose an update (why the DAL passes its keys)", async () => {
    await setCounter(engine, "u", 0);
    // Both transactions read 0 before either writes: each waits until the other has read.
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const rendezvous = async () => {
      if (++arrived === 2) release();
      await bothRead;
    };
    await Promise.all([increment(engine, "u", { lock: false, between: rendezvous }), increment(engine, "u", { lock: false, between: rendezvous })]);
    expect(await readCounter(engine, "u")).toBe(1);
  });

  it("PostgreSQL: a serialization failure is retried, at most 3 times", async () => {
    const serializationFailure = () => Object.assign(new Error("could not serialize access"), { code: "40001" });
    let calls = 0;
    const result = await engine.transaction(async () => {
      calls++;
      if (calls === 1) throw serializationFailure();
      return "ok";
    });
    expect({ result, calls }).toEqual({ result: "ok", calls: 2 });

    calls = 0;
    await expect(
      engine.transaction(async () => {
        calls++;
        throw serializationFailure();
      }),
    ).rejects.toThrow("could not serialize access");
    expect(calls).toBe(4);

    calls = 0;
    await expect(
      engine.transaction(async () => {
        calls++;
        throw Object.assign(new Error("duplicate key"), { code: "23505" });
      }),
    ).rejects.toThrow("duplicate key");
    expect(calls).toBe(1);
  });
});

/** Each dialect's migrations build a database the schema's queries work on: a user, an attempt and an answer round-trip. */
async function roundTrip(engine: Engine) {
  const now = 1_767_225_600_123; // beyond 2^32: a millisecond timestamp needs 64 bits
  if (engine.kind === "sqlite") {
    const s = await import("@/db/schema.sqlite");
    await engine.transaction(async (tx) => {
      tx.insert(s.users).values({ id: "u1", email: "a@b.fr", name: "A", passwordHash: "h", createdAt: now }).run();
      tx.insert(s.auditLog).values({ at: now, action: "user.role", targetType: "user", targetId: "u1" }).run();
    });
    const user = engine.db.select().from(s.users).get();
    const audit = engine.db.select().from(s.auditLog).get();
    return { createdAt: user?.createdAt, role: user?.role, deactivated: user?.deactivatedAt, details: audit?.details, auditId: audit?.id };
  }
  const s = await import("@/db/schema.pg");
  await engine.transaction(async (tx) => {
    await tx.insert(s.users).values({ id: "u1", email: "a@b.fr", name: "A", passwordHash: "h", createdAt: now });
    await tx.insert(s.auditLog).values({ at: now, action: "user.role", targetType: "user", targetId: "u1" });
  });
  const [user] = await engine.db.select().from(s.users);
  const [audit] = await engine.db.select().from(s.auditLog);
  return { createdAt: user?.createdAt, role: user?.role, deactivated: user?.deactivatedAt, details: audit?.details, auditId: audit?.id };
}

describe("migrations applied to a real database", () => {
  it("SQLite", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-migrate-"));
    const engine = openSqliteEngine(path.join(dir, "m.db"));
    try {
      await migrateEngine(engine);
      await migrateEngine(engine); // twice: nothing left to apply
      expect(await roundTrip(engine)).toEqual({ createdAt: 1_767_225_600_123, role: "student", deactivated: null, details: {}, auditId: 1 });
    } finally {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!postgresAvailable())("PostgreSQL, two servers migrating at once", async () => {
    const { url, drop } = await freshPostgresDatabase();
    const [a, b] = [openPgEngine(url), openPgEngine(url)];
    try {
      await Promise.all([migrateEngine(a), migrateEngine(b)]);
      expect(await roundTrip(a)).toEqual({ createdAt: 1_767_225_600_123, role: "student", deactivated: null, details: {}, auditId: 1 });
    } finally {
      await Promise.all([a.close(), b.close()]);
      await drop();
    }
  }, 60_000);
});
