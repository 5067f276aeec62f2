/**
 * The one password rule for every place a password is chosen (sign-up, change, reset): 8 to 200
 * characters and rated at least "safely unguessable" (score 3 of 4) by zxcvbn-ts with its common
 * passwords, names and keyboard patterns, counting the account's own name and e-mail as guessable.
 * Pure: no Next, React or database.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
const MIN_SCORE = 3;

export type PasswordVerdict = { ok: true } | { ok: false; code: "passwordShort" | "passwordLong" | "passwordWeak" };

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // Built once: loading the dictionaries is the costly part.
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator;
}

export function checkPasswordStrength(password: string, userInputs: string[] = []): PasswordVerdict {
  if (password.length < PASSWORD_MIN) return { ok: false, code: "passwordShort" };
  if (password.length > PASSWORD_MAX) return { ok: false, code: "passwordLong" };
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
  return zxcvbn().check(password, inputs).score >= MIN_SCORE ? { ok: true } : { ok: false, code: "passwordWeak" };
}
