import { z } from "zod";
import { labelSchema } from "@/lib/forms/label";
import { passwordProblem } from "./password-strength";

/** Messages are catalogue keys, translated where they are shown. */
export const signUpSchema = z
  .object({
    name: labelSchema({ min: 2, max: 80, message: "nameRequired", invalid: "nameInvalid" }),
    email: z.string().trim().toLowerCase().max(320, "emailInvalid").email("emailInvalid"),
    password: z.string().min(8, "passwordShort").max(200, "passwordLong"),
  })
  .superRefine((value, ctx) => {
    // The name and the address are the first words a guesser tries.
    const problem = passwordProblem(value.password, [value.name, value.email, value.email.split("@")[0]]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type SignUpInput = z.infer<typeof signUpSchema>;
