import { describe, expect, it } from "vitest";
import { signUpSchema } from "./sign-up-schema";

const errorsOf = (input: { name: string; email: string; password: string }) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe("sign-up schema", () => {
  it("accepts a sound account, name in NFC", () => {
    expect(signUpSchema.parse({ name: " Ine\u0301s ", email: "Ines@Test.local", password: "motdepasse-solide" })).toEqual({
      name: "In\u00e9s",
      email: "ines@test.local",
      password: "motdepasse-solide",
    });
  });

  it.each(["12345678", "password", "azertyuiop", "iloveyou"])("refuses the common password %s", (password) => {
    expect(errorsOf({ name: "Alice", email: "a@test.local", password })).toEqual({ password: "passwordCommon" });
  });

  it("refuses a password made of the name and a digit", () => {
    expect(errorsOf({ name: "Alice Martin", email: "alice@test.local", password: "alicemartin1" })).toEqual({ password: "passwordWeak" });
  });

  it("refuses names with NUL, line breaks, bidi overrides or nothing visible", () => {
    for (const name of ["Ali\u0000ce", "Alice\nMartin", "Alice\u202egnp.exe", "\u200b\u200b\u200b"]) {
      expect(errorsOf({ name, email: "a@test.local", password: "motdepasse-solide" })).toEqual({ name: "nameInvalid" });
    }
  });
});
