"use server";
import { z } from "zod";
import { resetPasswordWithToken } from "@/lib/dal/accounts";

export type ResetPasswordState = { status: "idle" } | { status: "ok" } | { status: "error"; error: "invalid" | "mismatch" | "invalid-link" | "passwordShort" | "passwordLong" | "passwordCommon" | "passwordWeak" };

const schema = z.object({
  // 32 random bytes in base64url: anything else cannot be a link we issued.
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  next: z.string().max(1000),
  confirm: z.string().max(1000),
});

/** Public by design (the one-time token is the credential); the token is checked inside the transaction that spends it. */
export async function resetPasswordAction(_prev: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const parsed = schema.safeParse({ token: formData.get("token"), next: formData.get("next"), confirm: formData.get("confirm") });
  if (!parsed.success) return { status: "error", error: parsed.error.issues.some((i) => i.path[0] === "token") ? "invalid-link" : "invalid" };
  if (parsed.data.next !== parsed.data.confirm) return { status: "error", error: "mismatch" };
  const result = await resetPasswordWithToken(parsed.data.token, parsed.data.next);
  return result.ok ? { status: "ok" } : { status: "error", error: result.error };
}
