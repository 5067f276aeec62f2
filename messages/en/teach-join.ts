export const join = {
  title: "Join a cohort",
  intro: "Enter the code your instructor gave you (8 characters, e.g. ABCD-EFGH).",
  code: "Cohort code",
  submit: "Join",
  submitting: "Checking…",
  joined: "You joined the cohort “{name}”. Its assignments now appear in your cases.",
  already: "You are already a member of the cohort “{name}”.",
  seeCases: "See my cases",
  errors: {
    "unknown-code": "This code matches no cohort. Check it with your instructor: it may have been changed.",
    "students-only": "Only student accounts join cohorts.",
    unauthenticated: "Your session has expired: please sign in again.",
    required: "Enter a code.",
    "rate-limited": "Too many wrong codes. Try again in {minutes} min, or ask your instructor for the exact code.",
  },
};
