"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed, type ActionState } from "@/lib/actions/result";
import { roles, type Role } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { changeUserRole, issuePasswordReset, setUserDeactivated } from "@/lib/dal/admin";
import { mailEnabled, sendResetMail } from "@/lib/mail/reset-mail";

// The wrapper checks the admin role; the data layer re-checks it in the transaction (last admin, self).
export type AdminError = "invalid" | "unauthenticated" | "forbidden" | "not-found" | "self" | "last-admin" | "deactivated";
const ADMINS = ["admin"] as const;
const userId = z.string().uuid();

const setRole = defineAction({
  name: "set-user-role",
  access: ADMINS,
  input: z.object({ userId, role: z.enum(roles) }),
  run: async ({ userId, role }) => {
    const result = await changeUserRole(userId, role);
    if (!result.ok) return fail(result.error);
    revalidatePath("/admin/users");
    return succeed({ role });
  },
});

export type RoleState = ActionState<{ role: Role }, AdminError>;

export async function setUserRoleAction(_prev: RoleState, formData: FormData): Promise<RoleState> {
  return setRole({ userId: formValue(formData, "userId"), role: formValue(formData, "role") });
}

const setActive = defineAction({
  name: "set-user-active",
  access: ADMINS,
  input: z.object({ userId, deactivate: z.enum(["0", "1"]) }),
  run: async (input) => {
    const deactivate = input.deactivate === "1";
    const result = await setUserDeactivated(input.userId, deactivate);
    if (!result.ok) return fail(result.error);
    revalidatePath("/admin/users");
    return succeed({ deactivated: deactivate });
  },
});

export type ActiveState = ActionState<{ deactivated: boolean }, AdminError>;

export async function setUserActiveAction(_prev: ActiveState, formData: FormData): Promise<ActiveState> {
  return setActive({ userId: formValue(formData, "userId"), deactivate: formValue(formData, "deactivate") });
}

/** The app's public origin: NEXTAUTH_URL when configured, else the request's own host. */
async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") === "https" ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
}

const issueReset = defineAction({
  name: "issue-password-reset",
  access: ADMINS,
  input: userId,
  run: async (id) => {
    const result = await issuePasswordReset(id);
    if (!result.ok) return fail(result.error);
    // The token travels in the fragment: browsers never send it to the server, so it stays out of access logs.
    const link = `${await publicOrigin()}/reset-password#${result.reset.token}`;
    const mailed = mailEnabled() ? await sendResetMail(result.reset, link) : null;
    return succeed({ link, mailed });
  },
});

export type ResetState = ActionState<{ link: string; mailed: boolean | null }, AdminError>;

export async function issueResetAction(_prev: ResetState, formData: FormData): Promise<ResetState> {
  return issueReset(formValue(formData, "userId"));
}
