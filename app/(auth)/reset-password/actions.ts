"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail, type ActionState } from "@/lib/actions/result";
import { resetPasswordWithToken } from "@/lib/dal/accounts";

export type ResetPasswordState = ActionState<null, "invalid" | "mismatch" | "invalid-link" | "passwordShort" | "passwordLong" | "passwordCommon" | "passwordWeak">;

const resetPassword = defineAction({
  name: "reset-password",
  // Public by design: the one-time token is the credential, checked inside the transaction that spends it.
  access: "public",
  input: z
    .object({
      // 32 random bytes in base64url: anything else cannot be a link we issued.
      token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
      next: z.string().max(1000),
      confirm: z.string().max(1000),
    })
    .refine((d) => d.next === d.confirm, { message: "mismatch", path: ["confirm"] }),
  invalid: (error) =>
    fail(error.issues.some((i) => i.path[0] === "token") ? "invalid-link" : error.issues.every((i) => i.message === "mismatch") ? "mismatch" : "invalid"),
  run: async ({ token, next }) => {
    const result = await resetPasswordWithToken(token, next);
    return result.ok ? done() : fail(result.error);
  },
});

export async function resetPasswordAction(_prev: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  return resetPassword({ token: formValue(formData, "token"), next: formValue(formData, "next"), confirm: formValue(formData, "confirm") });
}
