import type { AdminError } from "./actions";

/** The catalogue key for an admin action's failure. */
export function adminErrorKey(error: AdminError) {
  switch (error) {
    case "self":
      return "admin.users.selfChange" as const;
    case "last-admin":
      return "admin.users.lastAdmin" as const;
    case "deactivated":
      return "admin.users.resetDeactivated" as const;
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
