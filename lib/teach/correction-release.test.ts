import { describe, expect, it } from "vitest";
import { correctionAccess, type ReleaseRule } from "./correction-release";

const due = 1_000_000;
const exam: ReleaseRule = { mode: "exam", correctionRelease: "end", beforeRelease: "mark", dueAt: due, correctionReleasedAt: null };

describe("correctionAccess", () => {
  it("free practice and training: always the full correction", () => {
    expect(correctionAccess(null, 0)).toBe("full");
    expect(correctionAccess({ ...exam, mode: "training", correctionRelease: "manual", beforeRelease: "nothing" }, 0)).toBe("full");
  });
  it("at the end of the attempt: full as soon as it is finished", () => {
    expect(correctionAccess(exam, due - 1)).toBe("full");
  });
  it("at the due date: withheld up to it, full after", () => {
    const rule = { ...exam, correctionRelease: "due" as const };
    expect(correctionAccess(rule, due)).toBe("mark");
    expect(correctionAccess({ ...rule, beforeRelease: "nothing" }, due)).toBe("nothing");
    expect(correctionAccess(rule, due + 1)).toBe("full");
    expect(correctionAccess({ ...rule, dueAt: null }, due + 1)).toBe("mark");
  });
  it("by hand: withheld until the instructor releases it, whatever the date", () => {
    const rule = { ...exam, correctionRelease: "manual" as const, beforeRelease: "nothing" as const };
    expect(correctionAccess(rule, due + 10 ** 9)).toBe("nothing");
    expect(correctionAccess({ ...rule, correctionReleasedAt: due }, due + 1)).toBe("full");
  });
});
