import { z } from "zod";
import { labelSchema } from "@/lib/forms/label";
import { checkPasswordStrength, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

/** Messages are catalogue keys, translated where they are shown. */
export const signUpSchema = z
  .object({
    name: labelSchema({ min: 2, max: 80, message: "nameRequired", invalid: "nameInvalid" }),
    email: z.string().trim().toLowerCase().max(320, "emailInvalid").email("emailInvalid"),
    password: z.string().min(PASSWORD_MIN, "passwordShort").max(PASSWORD_MAX, "passwordLong"),
  })
  .superRefine((value, ctx) => {
    // The name and the address are the first words a guesser tries.
    const verdict = checkPasswordStrength(value.password, [value.name, value.email]);
    if (!verdict.ok) ctx.addIssue({ code: "custom", path: ["password"], message: verdict.code });
  });
export type SignUpInput = z.infer<typeof signUpSchema>;
