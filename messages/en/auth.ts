import type { auth as fr } from "../fr/auth";

export const auth: typeof fr = {
  signIn: {
    title: "Sign in",
    intro: "Sign in to find your cases and cohorts.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalid: "Wrong email address or password.",
    rateLimited: "Too many sign-in attempts. Try again in {minutes} min (at {time}).",
    noAccount: "No account yet?",
    signUpLink: "Create an account",
    demoTitle: "Demo accounts",
  },
  signUp: {
    title: "Create an account",
    intro: "New accounts are student accounts. An administrator can change the role afterwards.",
    name: "Display name",
    email: "Email address",
    password: "Password (at least 8 characters)",
    submit: "Create my account",
    submitting: "Creating…",
    haveAccount: "Already have an account?",
    signInLink: "Sign in",
    errors: {
      nameRequired: "Enter a name (2 to 80 characters).",
      emailInvalid: "Invalid email address.",
      passwordShort: "The password must be at least 8 characters long.",
      passwordLong: "The password must be at most 200 characters long.",
      emailTaken: "An account already exists with this address.",
    },
  },
};
