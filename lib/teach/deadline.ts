/**
 * What the clock does to an attempt still in progress (pure: the data layer applies the decision
 * inside a write transaction). Two cut-offs may close it: its own time limit (exam mode) and, when
 * the assignment's late policy is "refuse", the assignment's due date; the earlier one wins and
 * names the reason. With the "accept" policy the due date closes nothing: the attempt goes on and
 * is marked late.
 */
export type ClosedReason = "finished" | "time-limit" | "due-date";

export type DeadlineAttempt = { status: "in_progress" | "finished"; deadlineAt: number | null; late: boolean };
export type DeadlineRule = { dueAt: number | null; latePolicy: "refuse" | "accept" } | null;

export type DeadlineDecision =
  | { kind: "open" }
  | { kind: "mark-late" }
  /** Close the attempt as of `at` (the cut-off itself, not the moment someone noticed). */
  | { kind: "close"; at: number; reason: Exclude<ClosedReason, "finished"> };

export function deadlineDecision(attempt: DeadlineAttempt, rule: DeadlineRule, now: number): DeadlineDecision {
  if (attempt.status !== "in_progress") return { kind: "open" };
  const cutoffs: { at: number; reason: "time-limit" | "due-date" }[] = [];
  if (attempt.deadlineAt !== null) cutoffs.push({ at: attempt.deadlineAt, reason: "time-limit" });
  if (rule && rule.dueAt !== null && rule.latePolicy === "refuse") cutoffs.push({ at: rule.dueAt, reason: "due-date" });
  const passed = cutoffs.filter((c) => now > c.at).sort((a, b) => a.at - b.at);
  if (passed.length > 0) return { kind: "close", at: passed[0].at, reason: passed[0].reason };
  if (rule && rule.dueAt !== null && now > rule.dueAt && !attempt.late) return { kind: "mark-late" };
  return { kind: "open" };
}
