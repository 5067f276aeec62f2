"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { roles } from "@/lib/auth/roles";
import { changeUserRole } from "@/lib/dal/admin";

const schema = z.object({ userId: z.string().uuid(), role: z.enum(roles) });

export type RoleState = { status: "idle" } | { status: "ok"; role: string } | { status: "error"; error: string };

export async function setUserRoleAction(_prev: RoleState, formData: FormData): Promise<RoleState> {
  const parsed = schema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  const result = await changeUserRole(parsed.data.userId, parsed.data.role);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath("/admin/users");
  return { status: "ok", role: parsed.data.role };
}
