"use server";
import { formValue } from "@/lib/actions/form";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { defineAction } from "@/lib/actions/define-action";
import { fieldErrors } from "@/lib/actions/run-action";
import { fail, succeed, type ActionFailure, type ActionState } from "@/lib/actions/result";
import { requestClient } from "@/lib/auth/request-client";
import { signUpSchema } from "@/lib/auth/sign-up-schema";
import { takeSignUpSlot } from "@/lib/dal/rate-limit";
import { createUser } from "@/lib/dal/users";

type Field = "name" | "email" | "password";
type Values = { name: string; email: string };

/** Public action: anyone may create a student account; the role is never taken from input. */
const signUp = defineAction({
  name: "sign-up",
  access: "public",
  input: signUpSchema,
  invalid: (error) => ({ ok: false as const, code: "invalid" as const, fields: fieldErrors<Field>(error) }),
  run: async (input) => {
    // Counted per client before the (costly) password hash.
    const slot = takeSignUpSlot(getDb(), requestClient(await headers()));
    if (!slot.ok) return fail("rate-limited", { retryAt: slot.retryAt, minutes: Math.max(1, Math.ceil((slot.retryAt - Date.now()) / 60000)) });
    // A taken address gets the same answer and the same work (the hash is computed either way):
    // sign-up must not tell who has an account.
    await createUser({ ...input, role: "student" });
    return succeed({ email: input.email });
  },
});

/** Success is the same answer whether the address was free (account created) or already taken. */
export type SignUpState =
  | ActionState<{ email: string }, "invalid", Field, { values?: Values }>
  | ActionFailure<"rate-limited", Field, { retryAt: number; minutes: number; values?: Values }>;

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  if (!(formData instanceof FormData)) return { ok: false, code: "invalid", fields: { email: "emailInvalid" }, values: { name: "", email: "" } };
  const raw = { name: String(formValue(formData, "name") ?? ""), email: String(formValue(formData, "email") ?? ""), password: String(formValue(formData, "password") ?? "") };
  const result = await signUp(raw);
  // The form shows back what was typed (never the password).
  return result.ok ? result : { ...result, values: { name: raw.name.slice(0, 200), email: raw.email.slice(0, 320) } };
}
