"use server";
import { z } from "zod";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { roles } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { changeUserRole, issuePasswordReset, setUserDeactivated } from "@/lib/dal/admin";
import { mailEnabled, sendResetMail } from "@/lib/mail/reset-mail";

export type AdminError = "invalid" | "unauthenticated" | "forbidden" | "not-found" | "self" | "last-admin" | "deactivated";
export type RoleState = { status: "idle" } | { status: "ok"; role: string } | { status: "error"; error: AdminError };

const roleSchema = z.object({ userId: z.string().uuid(), role: z.enum(roles) });

export async function setUserRoleAction(_prev: RoleState, formData: FormData): Promise<RoleState> {
  const parsed = roleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  const result = await changeUserRole(parsed.data.userId, parsed.data.role);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath("/admin/users");
  return { status: "ok", role: parsed.data.role };
}

export type ActiveState = { status: "idle" } | { status: "ok"; deactivated: boolean } | { status: "error"; error: AdminError };

const activeSchema = z.object({ userId: z.string().uuid(), deactivate: z.enum(["0", "1"]) });

export async function setUserActiveAction(_prev: ActiveState, formData: FormData): Promise<ActiveState> {
  const parsed = activeSchema.safeParse({ userId: formData.get("userId"), deactivate: formData.get("deactivate") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  const deactivate = parsed.data.deactivate === "1";
  const result = await setUserDeactivated(parsed.data.userId, deactivate);
  if (!result.ok) return { status: "error", error: result.error };
  revalidatePath("/admin/users");
  return { status: "ok", deactivated: deactivate };
}

export type ResetState = { status: "idle" } | { status: "ok"; link: string; mailed: boolean | null } | { status: "error"; error: AdminError };

/** The app's public origin: NEXTAUTH_URL when configured, else the request's own host. */
async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") === "https" ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
}

export async function issueResetAction(_prev: ResetState, formData: FormData): Promise<ResetState> {
  const parsed = z.object({ userId: z.string().uuid() }).safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  const result = await issuePasswordReset(parsed.data.userId);
  if (!result.ok) return { status: "error", error: result.error };
  // The token travels in the fragment: browsers never send it to the server, so it stays out of access logs.
  const link = `${await publicOrigin()}/reset-password#${result.reset.token}`;
  const mailed = mailEnabled() ? await sendResetMail(result.reset, link) : null;
  return { status: "ok", link, mailed };
}
