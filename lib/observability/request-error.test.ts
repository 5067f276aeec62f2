import { describe, expect, it } from "vitest";
import { describeError } from "./request-error";

describe("describeError", () => {
  it("keeps the kind, message, code and digest of an error", () => {
    const error = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY", digest: "1234567" });
    const d = describeError(error);
    expect(d).toMatchObject({ name: "Error", message: "database is locked", code: "SQLITE_BUSY", digest: "1234567" });
    expect(d.stack?.split("\n").length).toBeLessThanOrEqual(8);
  });

  it("describes a thrown non-error and truncates a long message", () => {
    expect(describeError("boom")).toEqual({ name: "Error", message: "boom" });
    expect(describeError(new Error("x".repeat(2000))).message).toHaveLength(500);
  });
});
