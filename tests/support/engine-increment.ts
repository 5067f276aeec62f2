/**
 * Child process of tests/engine.test.ts: `tsx engine-increment.ts <sqlite-file|postgres-url> <n>`
 * runs n read-then-write increments of counter "c" through the engine, 8 at a time, and prints "done".
 */
import { openPgEngine, openSqliteEngine } from "../../db/engine";
import { increment } from "./engine-counter";

async function main() {
  const [target, n] = [process.argv[2], Number(process.argv[3])];
  const engine = target.startsWith("postgres") ? openPgEngine(target) : openSqliteEngine(target);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < n) {
        next++;
        await increment(engine, "c");
      }
    }),
  );
  await engine.close();
  console.log("done");
}

void main();
