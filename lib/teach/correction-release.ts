/**
 * When a student sees the correction of an exam attempt made for an assignment (pure). The
 * instructor chooses: at the end of the attempt, at the due date, or by hand ("release now"); until
 * then the student sees the mark only, or nothing. Training and free practice are unaffected: their
 * feedback is part of the exercise.
 */
export type CorrectionRelease = "end" | "due" | "manual";
export type BeforeRelease = "mark" | "nothing";
export type CorrectionAccess = "full" | "mark" | "nothing";

export type ReleaseRule = {
  mode: "training" | "exam";
  correctionRelease: CorrectionRelease;
  beforeRelease: BeforeRelease;
  dueAt: number | null;
  correctionReleasedAt: number | null;
};

export function correctionReleased(rule: ReleaseRule, now: number): boolean {
  if (rule.mode !== "exam") return true;
  switch (rule.correctionRelease) {
    case "end":
      return true;
    case "due":
      // A due-date release without a due date cannot happen (refused by the form); hold it for safety.
      return rule.dueAt !== null && now > rule.dueAt;
    case "manual":
      return rule.correctionReleasedAt !== null;
  }
}

/** What a student may see of their finished attempt at this assignment now (null rule: not an assignment). */
export function correctionAccess(rule: ReleaseRule | null, now: number): CorrectionAccess {
  if (!rule || correctionReleased(rule, now)) return "full";
  return rule.beforeRelease;
}
