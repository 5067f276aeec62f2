import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-policy";

describe("checkPasswordStrength", () => {
  it("refuses short, overlong and common passwords", () => {
    expect(checkPasswordStrength("court")).toEqual({ ok: false, code: "passwordShort" });
    expect(checkPasswordStrength("a".repeat(201))).toEqual({ ok: false, code: "passwordLong" });
    expect(checkPasswordStrength("12345678")).toEqual({ ok: false, code: "passwordCommon" });
    expect(checkPasswordStrength("azertyuiop")).toEqual({ ok: false, code: "passwordCommon" });
    // Not in the list, but a keyboard walk: the estimator rates it weak.
    expect(checkPasswordStrength("qsdfghjklm")).toEqual({ ok: false, code: "passwordWeak" });
  });

  it("accepts a long passphrase", () => {
    expect(checkPasswordStrength("Nouveau-mot-2026!")).toEqual({ ok: true });
  });

  it("counts the account's own name and e-mail as guessable", () => {
    expect(checkPasswordStrength("camille.dupont@fac.test", [])).toEqual({ ok: true });
    expect(checkPasswordStrength("camille.dupont@fac.test", ["Camille Dupont", "camille.dupont@fac.test"])).toEqual({ ok: false, code: "passwordWeak" });
  });
});

describe("common passwords", () => {
  it("refuses a password of the common list whatever its estimated score", () => {
    expect(checkPasswordStrength("password123")).toEqual({ ok: false, code: "passwordCommon" });
    expect(checkPasswordStrength("PASSWORD123")).toEqual({ ok: false, code: "passwordCommon" });
  });
});
