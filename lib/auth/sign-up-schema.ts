import { z } from "zod";

/** Messages are catalogue keys, translated where they are shown. */
export const signUpSchema = z.object({
  name: z.string().trim().min(2, "nameRequired").max(80, "nameRequired"),
  email: z.string().trim().toLowerCase().max(320, "emailInvalid").email("emailInvalid"),
  password: z.string().min(8, "passwordShort").max(200, "passwordLong"),
});
export type SignUpInput = z.infer<typeof signUpSchema>;
