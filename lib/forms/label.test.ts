import { describe, expect, it } from "vitest";
import { labelProblem, labelSchema } from "./label";

const name = labelSchema({ min: 2, max: 80, message: "nameRequired", invalid: "nameInvalid" });

describe("labels", () => {
  it("keeps ordinary names, trimmed and in NFC", () => {
    expect(name.parse("  Inès Nouvelle ")).toBe("Inès Nouvelle");
    // "e" + combining acute becomes one "é".
    expect(name.parse("Ine\u0301s")).toBe("In\u00e9s");
    expect(name.parse("Promo 2030 — groupe B")).toBe("Promo 2030 — groupe B");
    expect(name.parse("عائشة")).toBe("عائشة");
    expect(name.parse("👩‍⚕️ Dr Martin")).toBe("👩‍⚕️ Dr Martin");
  });

  it.each([
    ["NUL", "Ali\u0000ce", "control"],
    ["line feed", "Alice\nBob", "control"],
    ["carriage return", "Alice\rBob", "control"],
    ["tab", "Alice\tBob", "control"],
    ["C1 control", "Alice\u0085Bob", "control"],
    ["line separator", "Alice\u2028Bob", "control"],
    ["right-to-left override", "Alice\u202egnp.exe", "bidi"],
    ["left-to-right embedding", "\u202aAlice", "bidi"],
    ["first strong isolate", "Alice\u2068x\u2069", "bidi"],
    ["zero-width space only", "\u200b\u200b\u200b", "invisible"],
    ["word joiners around a no-break space", "\u2060\u00a0\u2060", "invisible"],
    ["hangul filler", "\u3164\u3164", "invisible"],
  ])("refuses %s", (_, raw, problem) => {
    const result = name.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("nameInvalid");
    expect(labelProblem(raw.normalize("NFC").trim())).toBe(problem);
  });

  it("applies the length message to too short and too long values", () => {
    expect(name.safeParse(" a ").error?.issues[0].message).toBe("nameRequired");
    expect(name.safeParse("x".repeat(81)).error?.issues[0].message).toBe("nameRequired");
  });
});
