/**
 * Entry point of the parsing pool's worker threads (bundled by bundle.ts into one plain .mjs file
 * outside the Next bundle). One job at a time; the pool kills the thread when a job runs too long
 * or needs too much memory. The thread lowers its own scheduling priority first (thread-priority.mjs).
 */
import { parentPort } from "node:worker_threads";
import { transferablesOf } from "./json-bytes";
import { runJob, type JobInput } from "./run-job";
import { lowerThisThreadPriority } from "./thread-priority.mjs";

// Parsing an upload must not slow the answers being served meanwhile: this thread runs at nice 19.
lowerThisThreadPriority();

const port = parentPort!;
port.on("message", async (message: { id: number; kind: JobInput["kind"]; payload: unknown }) => {
  try {
    const result = await runJob(message.kind, message.payload);
    // A large result travels as bytes, transferred: the request thread gets it without a copy.
    port.postMessage({ id: message.id, ok: true, result }, transferablesOf(result));
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
