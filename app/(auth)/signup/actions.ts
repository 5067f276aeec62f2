"use server";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { requestClient } from "@/lib/auth/request-client";
import { signUpSchema } from "@/lib/auth/sign-up-schema";
import { takeSignUpSlot } from "@/lib/dal/rate-limit";
import { createUser } from "@/lib/dal/users";

type Field = "name" | "email" | "password";

export type SignUpState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: Partial<Record<Field, string>>; values: { name: string; email: string } }
  | { status: "rate-limited"; retryAt: number; minutes: number; values: { name: string; email: string } }
  /** The same answer whether the address was free (account created) or already taken. */
  | { status: "done"; email: string };

/** Public action: anyone may create a student account; the role is never taken from input. */
export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  if (!(formData instanceof FormData)) return { status: "error", fieldErrors: { email: "emailInvalid" }, values: { name: "", email: "" } };
  const raw = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const values = { name: raw.name.slice(0, 200), email: raw.email.slice(0, 320) };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field;
      fieldErrors[field] ??= issue.message;
    }
    return { status: "error", fieldErrors, values };
  }
  // Counted per client before the (costly) password hash.
  const slot = takeSignUpSlot(getDb(), requestClient(await headers()));
  if (!slot.ok) return { status: "rate-limited", retryAt: slot.retryAt, minutes: Math.max(1, Math.ceil((slot.retryAt - Date.now()) / 60000)), values };
  // A taken address gets the same answer and the same work (the hash is computed either way):
  // sign-up must not tell who has an account.
  await createUser({ ...parsed.data, role: "student" });
  return { status: "done", email: parsed.data.email };
}
