import type { EraseError, PasswordError } from "./actions";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";

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
    default:
      // The failures every action shares (not found, invalid, forbidden, signed out).
      return commonActionErrorKey(error);
  }
}
