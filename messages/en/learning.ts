/** "My progress" and "Review my mistakes" (issue 16). */
export const learning = {
  nav: {
    progress: "My progress",
    review: "Review my mistakes",
    reviewDue: "Review my mistakes ({count} due)",
  },
  review: {
    title: "Review my mistakes",
    intro: "Every question on which you missed points comes back here, spaced according to your successes (FSRS algorithm). A review never changes a mark already recorded.",
    rule: "Rule: under half the points → “Again” (tomorrow); half or more → “Hard”; all the points → “Good” (the interval grows).",
    dueTitle: "Due now",
    laterTitle: "Later",
    none: "Nothing due right now.",
    empty: "No question to review: the questions you miss in the cases you play will appear here.",
    start: "Review",
    dueOn: "on {date}",
    back: "Back to the review queue",
    context: "The question's context",
    earlier: "Information given earlier in the stage",
    notDue: "This question comes back on {date}.",
    outcome: "Score: {points} / {max} — rated “{rating}”. Next review on {date}.",
    ratings: { again: "Again", hard: "Hard", good: "Good" },
    next: "Next question",
    errors: {
      "not-found": "This review card does not exist.",
      "not-due": "This question is not due yet.",
      invalid: "Invalid answer.",
      unauthenticated: "Your session has expired: sign in again.",
    },
  },
  progress: {
    title: "My progress",
  },
};
