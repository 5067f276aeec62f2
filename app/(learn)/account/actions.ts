"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { done, fail, type ActionState } from "@/lib/actions/result";
import { changeOwnPassword, endAllOwnSessions, eraseOwnAccount } from "@/lib/dal/accounts";

const passwordField = z.string().max(1000);
/** A validation failure is "invalid", unless the only complaint is the action's own rule (mismatch, missing confirmation). */
const ownRule =
  <C extends string>(code: C) =>
  (error: z.ZodError) =>
    fail(error.issues.every((i) => i.message === code) ? code : "invalid");

export type PasswordError = "invalid" | "mismatch" | "unauthenticated" | "forbidden" | "wrong-password" | "passwordShort" | "passwordLong" | "passwordCommon" | "passwordWeak";
export type PasswordState = ActionState<null, PasswordError>;

const changePassword = defineAction({
  name: "change-password",
  access: "signed-in",
  input: z
    .object({ current: passwordField.min(1), next: passwordField, confirm: passwordField })
    .refine((d) => d.next === d.confirm, { message: "mismatch", path: ["confirm"] }),
  invalid: ownRule("mismatch"),
  run: async ({ current, next }) => {
    const result = await changeOwnPassword(current, next);
    return result.ok ? done() : fail(result.error);
  },
});

export async function changePasswordAction(_prev: PasswordState, formData: FormData): Promise<PasswordState> {
  return changePassword({ current: formValue(formData, "current"), next: formValue(formData, "next"), confirm: formValue(formData, "confirm") });
}

export type EraseError = "invalid" | "confirm-required" | "unauthenticated" | "forbidden" | "wrong-password" | "not-student" | "not-found";
export type EraseState = ActionState<null, EraseError>;

const eraseAccount = defineAction({
  name: "erase-account",
  access: "signed-in",
  input: z
    .object({ password: passwordField.min(1), confirm: z.literal("yes").optional() })
    // The confirmation step: nothing is erased without the explicit tick.
    .refine((d) => d.confirm === "yes", { message: "confirm-required", path: ["confirm"] }),
  invalid: ownRule("confirm-required"),
  run: async ({ password }) => {
    const result = await eraseOwnAccount(password);
    return result.ok ? done() : fail(result.error);
  },
});

export async function eraseAccountAction(_prev: EraseState, formData: FormData): Promise<EraseState> {
  return eraseAccount({ password: formValue(formData, "password"), confirm: formValue(formData, "confirm") ?? undefined });
}

const signOutEverywhere = defineAction({
  name: "sign-out-everywhere",
  access: "signed-in",
  input: z.null(),
  run: async () => {
    const result = await endAllOwnSessions();
    return result.ok ? done() : fail(result.error);
  },
});

export type SignOutEverywhereState = ActionState<null, "invalid" | "unauthenticated" | "forbidden">;

export async function signOutEverywhereAction(_prev: SignOutEverywhereState): Promise<SignOutEverywhereState> {
  return signOutEverywhere(null);
}
