import { describe, expect, it } from "vitest";
import { assignmentFieldErrors, assignmentSchema, assignmentUpdateSchema } from "./assignment-schema";
import { parseLocalDateTime, toLocalDateTimeInput } from "./local-datetime";

const valid = {
  cohortId: "0b6a5f7e-8f0e-4d8e-9b7a-2f1c3d4e5f60",
  caseVersionId: "1b6a5f7e-8f0e-4d8e-9b7a-2f1c3d4e5f60",
  mode: "exam",
  opensAt: "2025-03-10T08:00",
  dueAt: "2025-03-17T18:00",
  attemptsAllowed: "2",
  countingRule: "best",
  latePolicy: "refuse",
  timeLimitMinutes: "45",
};

describe("assignmentSchema", () => {
  it("accepts a complete form", () => {
    const r = assignmentSchema.safeParse(valid);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.opensAt).toBe(Date.UTC(2025, 2, 10, 7, 0)); // 08:00 in Paris (APP_TIME_ZONE default)
      expect(r.data.attemptsAllowed).toBe(2);
      expect(r.data.timeLimitMinutes).toBe(45);
    }
  });

  it("drops the time limit in training mode and allows no due date", () => {
    const r = assignmentSchema.safeParse({ ...valid, mode: "training", dueAt: "" });
    expect(r.success && r.data.timeLimitMinutes).toBe(null);
    expect(r.success && r.data.dueAt).toBe(null);
  });

  it("names the field and the reason", () => {
    const r = assignmentSchema.safeParse({ ...valid, dueAt: "2025-03-01T08:00", attemptsAllowed: "0", opensAt: "2025-02-30T08:00", timeLimitMinutes: "abc" });
    expect(r.success).toBe(false);
    if (!r.success) expect(assignmentFieldErrors(r.error)).toEqual({ opensAt: "date", attemptsAllowed: "range", timeLimitMinutes: "range" });
    const due = assignmentSchema.safeParse({ ...valid, dueAt: "2025-03-01T08:00" });
    expect(!due.success && assignmentFieldErrors(due.error)).toEqual({ dueAt: "dueBeforeOpen" });
    const missing = assignmentSchema.safeParse({ ...valid, opensAt: "", caseVersionId: "" });
    expect(!missing.success && assignmentFieldErrors(missing.error)).toEqual({ opensAt: "required", caseVersionId: "required" });
  });
});

describe("local date-times", () => {
  it("round-trip", () => {
    const ms = parseLocalDateTime("2025-12-31T23:59")!;
    expect(toLocalDateTimeInput(ms)).toBe("2025-12-31T23:59");
    expect(parseLocalDateTime("31/12/2025")).toBeNull();
  });
});

describe("assignmentUpdateSchema", () => {
  const { cohortId: _c, caseVersionId: _v, mode: _m, ...rules } = valid;
  const update = { assignmentId: "2b6a5f7e-8f0e-4d8e-9b7a-2f1c3d4e5f60", ...rules };

  it("accepts new dates and rules, without case or mode", () => {
    const r = assignmentUpdateSchema.safeParse({ ...update, dueAt: "2025-03-24T18:00", attemptsAllowed: "3" });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.dueAt).toBe(Date.UTC(2025, 2, 24, 17, 0)); // 18:00 in Paris
      expect(r.data.attemptsAllowed).toBe(3);
      expect(r.data).not.toHaveProperty("mode");
      expect(r.data).not.toHaveProperty("caseVersionId");
    }
  });

  it("names the field of each mistake, as the creation form does", () => {
    const r = assignmentUpdateSchema.safeParse({ ...update, assignmentId: "x", attemptsAllowed: "0", latePolicy: "maybe" });
    expect(r.success).toBe(false);
    if (!r.success) expect(assignmentFieldErrors(r.error)).toEqual({ assignmentId: "invalid", attemptsAllowed: "range", latePolicy: "required" });
    const early = assignmentUpdateSchema.safeParse({ ...update, dueAt: "2025-03-09T08:00" });
    expect(early.success).toBe(false);
    if (!early.success) expect(assignmentFieldErrors(early.error)).toEqual({ dueAt: "dueBeforeOpen" });
  });
});

describe("exam protection fields", () => {
  it("default to no hiding, correction at the end, mark shown", () => {
    const r = assignmentSchema.safeParse(valid);
    expect(r.success && { hide: r.data.hideFromPractice, release: r.data.correctionRelease, before: r.data.beforeRelease }).toEqual({ hide: false, release: "end", before: "mark" });
  });
  it("are read from the form", () => {
    const r = assignmentSchema.safeParse({ ...valid, hideFromPractice: "on", correctionRelease: "manual", beforeRelease: "nothing" });
    expect(r.success && { hide: r.data.hideFromPractice, release: r.data.correctionRelease, before: r.data.beforeRelease }).toEqual({ hide: true, release: "manual", before: "nothing" });
  });
  it("hiding and a due-date release need a due date", () => {
    const r = assignmentSchema.safeParse({ ...valid, dueAt: "", hideFromPractice: "on", correctionRelease: "due" });
    expect(r.success).toBe(false);
    if (!r.success) expect(assignmentFieldErrors(r.error)).toEqual({ hideFromPractice: "needsDue", correctionRelease: "needsDue" });
  });
  it("refuses unknown values", () => {
    const r = assignmentUpdateSchema.safeParse({ ...valid, assignmentId: valid.cohortId, hideFromPractice: "yes", correctionRelease: "never", beforeRelease: "all" });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(assignmentFieldErrors(r.error)).sort()).toEqual(["beforeRelease", "correctionRelease", "hideFromPractice"]);
  });
  it("a training assignment keeps the defaults", () => {
    const r = assignmentSchema.safeParse({ ...valid, mode: "training", hideFromPractice: "on", correctionRelease: "manual", beforeRelease: "nothing" });
    expect(r.success && { hide: r.data.hideFromPractice, release: r.data.correctionRelease, before: r.data.beforeRelease }).toEqual({ hide: false, release: "end", before: "mark" });
  });
});
