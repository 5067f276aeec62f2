import { describe, expect, it } from "vitest";
import { countedAttempt, studentStatus } from "./counting";

const a = (id: string, status: "in_progress" | "finished", startedAt: number, finishedAt: number | null, score: number | null) => ({ id, status, startedAt, finishedAt, score });

describe("countedAttempt", () => {
  const attempts = [
    a("second", "finished", 200, 260, 12),
    a("first", "finished", 100, 150, 9),
    a("open", "in_progress", 300, null, null),
    a("third", "finished", 250, 400, 12),
  ];

  it("first: the earliest finished attempt", () => {
    expect(countedAttempt(attempts, "first")?.id).toBe("first");
  });
  it("last: the latest finished attempt, never one in progress", () => {
    expect(countedAttempt(attempts, "last")?.id).toBe("third");
  });
  it("best: the highest score, the earlier one on a tie", () => {
    expect(countedAttempt(attempts, "best")?.id).toBe("second");
  });
  it("none when nothing is finished", () => {
    expect(countedAttempt([a("x", "in_progress", 1, null, null)], "best")).toBeNull();
    expect(countedAttempt([], "first")).toBeNull();
  });
});

describe("studentStatus", () => {
  it("finished wins over in progress", () => {
    expect(studentStatus([{ status: "in_progress" }, { status: "finished" }])).toBe("finished");
  });
  it("in progress, then not started", () => {
    expect(studentStatus([{ status: "in_progress" }])).toBe("in_progress");
    expect(studentStatus([])).toBe("not_started");
  });
});
