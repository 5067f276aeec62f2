import type { AdminError } from "./actions";
import { commonActionErrorKey } from "@/lib/i18n/action-errors";

/** The catalogue key for an admin action's failure. */
export function adminErrorKey(error: AdminError) {
  switch (error) {
    case "self":
      return "admin.users.selfChange" as const;
    case "last-admin":
      return "admin.users.lastAdmin" as const;
    case "deactivated":
      return "admin.users.resetDeactivated" as const;
    default:
      // The failures every action shares (not found, invalid, forbidden, signed out).
      return commonActionErrorKey(error);
  }
}
