/**
 * The one password rule for every place a password is chosen (sign-up, change, reset): 8 to 200
 * characters, not in zxcvbn-ts's common-password list, and rated at least "safely unguessable"
 * (score 3 of 4) by zxcvbn-ts with its common passwords, names and keyboard patterns, counting the
 * account's own name and e-mail as guessable. Pure: no Next, React or database.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
const MIN_SCORE = 3;

export type PasswordProblem = "passwordShort" | "passwordLong" | "passwordCommon" | "passwordWeak";
export type PasswordVerdict = { ok: true } | { ok: false; code: PasswordProblem };

let estimator: ZxcvbnFactory | undefined;
let common: Set<string> | undefined;

export function checkPasswordStrength(password: string, userInputs: string[] = []): PasswordVerdict {
  if (password.length < PASSWORD_MIN) return { ok: false, code: "passwordShort" };
  if (password.length > PASSWORD_MAX) return { ok: false, code: "passwordLong" };
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  if (common.has(password.toLowerCase())) return { ok: false, code: "passwordCommon" };
  // Built once: loading the dictionaries is the costly part.
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // The name and the address (and their words) are the first guesses an attacker tries.
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
  // Long inputs only slow the estimator down; the length is capped above anyway.
  return estimator.check(password.slice(0, 100), inputs).score >= MIN_SCORE ? { ok: true } : { ok: false, code: "passwordWeak" };
}
