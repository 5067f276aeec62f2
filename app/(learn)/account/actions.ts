"use server";
import { z } from "zod";
import { changeOwnPassword, eraseOwnAccount } from "@/lib/dal/accounts";

export type PasswordError = "invalid" | "mismatch" | "unauthenticated" | "forbidden" | "wrong-password" | "passwordShort" | "passwordLong" | "passwordCommon" | "passwordWeak";
export type PasswordState = { status: "idle" } | { status: "ok" } | { status: "error"; error: PasswordError };

const passwordField = z.string().max(1000);
const changeSchema = z.object({ current: passwordField.min(1), next: passwordField, confirm: passwordField });

export async function changePasswordAction(_prev: PasswordState, formData: FormData): Promise<PasswordState> {
  const parsed = changeSchema.safeParse({ current: formData.get("current"), next: formData.get("next"), confirm: formData.get("confirm") });
  if (!parsed.success) return { status: "error", error: "invalid" };
  if (parsed.data.next !== parsed.data.confirm) return { status: "error", error: "mismatch" };
  const result = await changeOwnPassword(parsed.data.current, parsed.data.next);
  return result.ok ? { status: "ok" } : { status: "error", error: result.error };
}

export type EraseError = "invalid" | "confirm-required" | "unauthenticated" | "forbidden" | "wrong-password" | "not-student" | "not-found";
export type EraseState = { status: "idle" } | { status: "ok" } | { status: "error"; error: EraseError };

const eraseSchema = z.object({ password: passwordField.min(1), confirm: z.literal("yes").optional() });

export async function eraseAccountAction(_prev: EraseState, formData: FormData): Promise<EraseState> {
  const parsed = eraseSchema.safeParse({ password: formData.get("password"), confirm: formData.get("confirm") ?? undefined });
  if (!parsed.success) return { status: "error", error: "invalid" };
  // The confirmation step: nothing is erased without the explicit tick.
  if (parsed.data.confirm !== "yes") return { status: "error", error: "confirm-required" };
  const result = await eraseOwnAccount(parsed.data.password);
  return result.ok ? { status: "ok" } : { status: "error", error: result.error };
}
