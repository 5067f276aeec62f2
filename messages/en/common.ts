import type { common as fr } from "../fr/common";

export const common: typeof fr = {
  appName: "Progressif",
  tagline: "Progressive clinical cases, scored like the French national exam",
  skipToContent: "Skip to content",
  nav: { cases: "Cases", myCases: "My cases", teach: "Teach", admin: "Administration", home: "Home", mainNav: "Main navigation" },
  roles: { student: "Student", instructor: "Instructor", admin: "Administrator" },
  signOut: "Sign out",
  signedInAs: "Signed in: {name}",
  language: { label: "Language", fr: "Français", en: "English", switchTo: "Switch to {language}" },
  loading: "Loading…",
  error: {
    title: "Something went wrong",
    body: "We could not display this page. Try again; if the problem persists, tell your instructor.",
    retry: "Try again",
    reference: "Reference: {digest}",
  },
  notFound: { title: "Page not found", body: "This page does not exist or you do not have access to it.", back: "Back to home" },
  save: "Save",
  cancel: "Cancel",
  back: "Back",
  forms: { required: "Required field", fixErrors: "Fix the highlighted fields." },
  actionErrors: {
    unauthenticated: "Your session has expired: sign in again.",
    forbidden: "You are not allowed to do this.",
    notFound: "Not found.",
    invalid: "Invalid data.",
  },
};
