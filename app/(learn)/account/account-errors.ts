import type { EraseError, PasswordError } from "./actions";

/** The catalogue key for an account form's failure. */
export function accountErrorKey(error: PasswordError | EraseError | "invalid-link") {
  switch (error) {
    case "wrong-password":
      return "account.errors.wrongPassword" as const;
    case "mismatch":
      return "account.errors.mismatch" as const;
    case "passwordShort":
    case "passwordLong":
    case "passwordCommon":
    case "passwordWeak":
      return `account.errors.${error}` as const;
    case "invalid-link":
      return "account.errors.invalidLink" as const;
    case "not-student":
      return "account.errors.notStudent" as const;
    case "confirm-required":
      return "account.errors.confirmRequired" as const;
    case "not-found":
      return "common.actionErrors.notFound" as const;
    case "invalid":
      return "common.actionErrors.invalid" as const;
    case "forbidden":
      return "common.actionErrors.forbidden" as const;
    default:
      return "common.actionErrors.unauthenticated" as const;
  }
}
