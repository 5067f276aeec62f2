import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-policy";

describe("checkPasswordStrength", () => {
  it("refuses short, overlong and common passwords", () => {
    expect(checkPasswordStrength("court")).toEqual({ ok: false, code: "passwordShort" });
    expect(checkPasswordStrength("a".repeat(201))).toEqual({ ok: false, code: "passwordLong" });
    expect(checkPasswordStrength("12345678")).toEqual({ ok: false, code: "passwordWeak" });
    expect(checkPasswordStrength("azertyuiop")).toEqual({ ok: false, code: "passwordWeak" });
  });

  it("accepts a long passphrase", () => {
    expect(checkPasswordStrength("Nouveau-mot-2026!")).toEqual({ ok: true });
  });

  it("counts the account's own name and e-mail as guessable", () => {
    expect(checkPasswordStrength("camille.dupont@fac.test", [])).toEqual({ ok: true });
    expect(checkPasswordStrength("camille.dupont@fac.test", ["Camille Dupont", "camille.dupont@fac.test"])).toEqual({ ok: false, code: "passwordWeak" });
  });
});
