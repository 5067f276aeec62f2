/** A counter table for the engine tests, on either engine, with a read-then-write increment that yields between its read and its write. */
import { sql } from "drizzle-orm";
import type { Engine } from "../../db/engine";

export async function createCounters(engine: Engine): Promise<void> {
  const ddl = sql`create table if not exists counters (id text primary key, value integer not null)`;
  if (engine.kind === "sqlite") await engine.transaction(async (tx) => void tx.run(ddl));
  else await engine.transaction(async (tx) => void (await tx.execute(ddl)));
}

export async function setCounter(engine: Engine, id: string, value: number): Promise<void> {
  const upsert = sql`insert into counters (id, value) values (${id}, ${value}) on conflict (id) do update set value = excluded.value`;
  if (engine.kind === "sqlite") await engine.transaction(async (tx) => void tx.run(upsert));
  else await engine.transaction(async (tx) => void (await tx.execute(upsert)));
}

/** Reads outside any transaction (SQLite: the query_only connection). */
export async function readCounter(engine: Engine, id: string): Promise<number | undefined> {
  const query = sql`select value from counters where id = ${id}`;
  if (engine.kind === "sqlite") return engine.db.get<{ value: number }>(query)?.value;
  const result = await engine.db.execute<{ value: number }>(query);
  return result.rows[0]?.value;
}

/** Yields to the event loop (timers and I/O of other requests run), as a real await on a network database would. */
export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the counter, yields, writes value + 1: a lost update unless the engine serializes the two
 * transactions. `between` runs after the read (tests use it to hold a transaction open).
 */
export async function increment(engine: Engine, id: string, options: { lock?: boolean; between?: () => Promise<void> } = {}): Promise<void> {
  const lock = options.lock === false ? [] : [`counter:${id}`];
  if (engine.kind === "sqlite") {
    await engine.transaction(async (tx) => {
      const row = tx.get<{ value: number }>(sql`select value from counters where id = ${id}`);
      await yieldToLoop();
      await options.between?.();
      tx.run(sql`update counters set value = ${row!.value + 1} where id = ${id}`);
    });
    return;
  }
  await engine.transaction(
    async (tx) => {
      const result = await tx.execute<{ value: number }>(sql`select value from counters where id = ${id}`);
      await yieldToLoop();
      await options.between?.();
      await tx.execute(sql`update counters set value = ${result.rows[0].value + 1} where id = ${id}`);
    },
    { lock },
  );
}
