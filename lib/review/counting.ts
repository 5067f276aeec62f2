import type { AttemptRow, CountingRule, StudentStatus } from "./types";

/**
 * The finished attempt that counts for one student under the assignment's rule:
 * first = earliest finished, last = latest finished (by finish time, then start time),
 * best = highest score (ties: the earlier one, so a retake that only equals the mark changes nothing).
 * Attempts still in progress never count. Null when none is finished.
 */
export function countedAttempt<T extends Pick<AttemptRow, "status" | "startedAt" | "finishedAt" | "score">>(attempts: readonly T[], rule: CountingRule): T | null {
  const finished = attempts
    .filter((a) => a.status === "finished")
    .sort((a, b) => (a.finishedAt ?? a.startedAt) - (b.finishedAt ?? b.startedAt) || a.startedAt - b.startedAt);
  if (finished.length === 0) return null;
  if (rule === "first") return finished[0];
  if (rule === "last") return finished[finished.length - 1];
  let best = finished[0];
  for (const a of finished) if ((a.score ?? 0) > (best.score ?? 0)) best = a;
  return best;
}

/** Finished as soon as one attempt is finished; in progress while one is open; else not started. */
export function studentStatus(attempts: readonly Pick<AttemptRow, "status">[]): StudentStatus {
  if (attempts.some((a) => a.status === "finished")) return "finished";
  if (attempts.length > 0) return "in_progress";
  return "not_started";
}
