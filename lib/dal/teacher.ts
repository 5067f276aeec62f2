import "server-only";
import type { UserDTO } from "./users";
import { getCurrentUser } from "./session";

/**
 * The signed-in instructor or admin, else null. Admins get no special reach here: every teaching
 * query filters on the cohort's owner, so they too see only the cohorts they created.
 */
export async function currentTeacher(): Promise<UserDTO | null> {
  const user = await getCurrentUser();
  return user && (user.role === "instructor" || user.role === "admin") ? user : null;
}
