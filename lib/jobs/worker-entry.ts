/**
 * Entry point of the parsing pool's child processes (bundled by bundle.ts into one plain .mjs file
 * outside the Next bundle). One job at a time; the pool kills the process when a job runs too long
 * or needs too much memory. The process lowers all its threads' priority first
 * (process-priority.mjs), and ends with the server (its channel closes).
 */
import { lowerThisProcessPriority } from "./process-priority.mjs";
import { runJob, type JobInput } from "./run-job";

// Parsing an upload must not slow the answers being served meanwhile: every thread here runs at nice 19.
lowerThisProcessPriority();

process.on("disconnect", () => process.exit(0));
process.on("message", async (message: { id: number; kind: JobInput["kind"]; payload: unknown }) => {
  let reply: { id: number; ok: boolean; result?: unknown; error?: string };
  try {
    reply = { id: message.id, ok: true, result: await runJob(message.kind, message.payload) };
  } catch (error) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(reply);
});
