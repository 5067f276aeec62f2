/**
 * Password strength for sign-up (pure): refused when zxcvbn-ts (with its common dictionaries and
 * keyboard graphs) scores it below 3, or when it is in the common-password list. The name and the
 * e-mail address count as guessable words.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
let common: Set<string> | undefined;

export type PasswordProblem = "passwordCommon" | "passwordWeak";

export function passwordProblem(password: string, userInputs: string[] = []): PasswordProblem | null {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  if (common.has(password.toLowerCase())) return "passwordCommon";
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // Long inputs only slow the estimator down; the schema caps the length anyway.
  const result = factory.check(password.slice(0, 100), userInputs);
  return result.score < MIN_SCORE ? "passwordWeak" : null;
}
