"use server";
import { formValue } from "@/lib/actions/form";
import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { fieldErrors } from "@/lib/actions/run-action";
import { fail, succeed, type ActionFailure, type ActionState } from "@/lib/actions/result";
import { requestClient } from "@/lib/auth/request-client";
import { signUpSchema } from "@/lib/auth/sign-up-schema";
import { signUpStudent } from "@/lib/dal/users";

type Field = "name" | "email" | "password";
type Values = { name: string; email: string };

/** Public action: anyone may create a student account; the role is never taken from input. */
const signUp = defineAction({
  name: "sign-up",
  access: "public",
  input: signUpSchema,
  invalid: (error) => ({ ok: false as const, code: "invalid" as const, fields: fieldErrors<Field>(error) }),
  run: async (input) => {
    // Counted per client before the (costly) password hash; a taken address gets the same answer (lib/dal/users.ts).
    const signedUp = await signUpStudent(input, requestClient(await headers()));
    if (!signedUp.ok) return fail("rate-limited", { retryAt: signedUp.retryAt, minutes: Math.max(1, Math.ceil((signedUp.retryAt - Date.now()) / 60000)) });
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
