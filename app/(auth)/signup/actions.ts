"use server";
import { signUpSchema } from "@/lib/auth/sign-up-schema";
import { createUser } from "@/lib/dal/users";

export type SignUpState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: Partial<Record<"name" | "email" | "password", string>>; values: { name: string; email: string } }
  | { status: "created"; email: string };

/** Public action: anyone may create a student account; the role is never taken from input. */
export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const raw = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const values = { name: raw.name, email: raw.email };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"name" | "email" | "password", string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as "name" | "email" | "password";
      fieldErrors[field] ??= issue.message;
    }
    return { status: "error", fieldErrors, values };
  }
  const result = await createUser({ ...parsed.data, role: "student" });
  if (!result.ok) return { status: "error", fieldErrors: { email: "emailTaken" }, values };
  return { status: "created", email: result.user.email };
}
