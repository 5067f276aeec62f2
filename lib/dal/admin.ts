import "server-only";
import { getCurrentUser } from "./session";
import { listUsersUnchecked, setRoleUnchecked, type UserDTO } from "./users";
import type { Role } from "@/db/schema";

/** Every account, for admins only (null for anyone else). */
export async function getUsersForAdmin(): Promise<UserDTO[] | null> {
  const me = await getCurrentUser();
  if (me?.role !== "admin") return null;
  return listUsersUnchecked();
}

export type ChangeRoleResult = { ok: true } | { ok: false; error: "unauthenticated" | "forbidden" | "self" | "not-found" };

export async function changeUserRole(userId: string, role: Role): Promise<ChangeRoleResult> {
  const me = await getCurrentUser();
  if (!me) return { ok: false, error: "unauthenticated" };
  if (me.role !== "admin") return { ok: false, error: "forbidden" };
  // An admin cannot demote themself: the platform must never lose its last admin by accident.
  if (me.id === userId) return { ok: false, error: "self" };
  return setRoleUnchecked(userId, role) ? { ok: true } : { ok: false, error: "not-found" };
}
