import { describe, expect, it } from "vitest";
import { parseAuditFilter, startOfDay } from "./audit-filter";

const actions = ["user.role-change", "case.publish"];

describe("startOfDay", () => {
  it("finds midnight in Paris in winter and in summer", () => {
    expect(new Date(startOfDay("2026-01-15", "Europe/Paris")).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(new Date(startOfDay("2026-07-15", "Europe/Paris")).toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(new Date(startOfDay("2026-03-29", "Europe/Paris")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(startOfDay("2026-07-15", "UTC")).toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });
});

describe("parseAuditFilter", () => {
  it("reads a full filter with an inclusive day range", () => {
    const f = parseAuditFilter({ action: "case.publish", actor: " prof@x.test ", target: "abc", from: "2026-03-01", to: "2026-03-02", page: "3" }, actions, "Europe/Paris");
    expect(f).toEqual({
      action: "case.publish",
      actor: "prof@x.test",
      target: "abc",
      from: "2026-03-01",
      to: "2026-03-02",
      fromMs: Date.parse("2026-02-28T23:00:00Z"),
      toMs: Date.parse("2026-03-02T23:00:00Z"),
      page: 3,
    });
  });

  it("drops unknown actions, impossible dates and bad pages", () => {
    const f = parseAuditFilter({ action: "drop table", from: "2026-02-30", to: "hier", page: "-2" }, actions, "Europe/Paris");
    expect(f).toEqual({ action: null, actor: "", target: "", from: "", to: "", fromMs: null, toMs: null, page: 1 });
  });
});
