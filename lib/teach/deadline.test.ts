import { describe, expect, it } from "vitest";
import { deadlineDecision } from "./deadline";

const due = 1_000_000;
const open = { status: "in_progress" as const, deadlineAt: null, late: false };

describe("deadlineDecision", () => {
  it("leaves an attempt open before every cut-off", () => {
    expect(deadlineDecision(open, { dueAt: due, latePolicy: "refuse" }, due)).toEqual({ kind: "open" });
    expect(deadlineDecision({ ...open, deadlineAt: due + 5 }, null, due + 5)).toEqual({ kind: "open" });
  });
  it("refuse: closes at the due date, dated at the due date", () => {
    expect(deadlineDecision(open, { dueAt: due, latePolicy: "refuse" }, due + 1)).toEqual({ kind: "close", at: due, reason: "due-date" });
  });
  it("accept: marks late once, closes nothing", () => {
    expect(deadlineDecision(open, { dueAt: due, latePolicy: "accept" }, due + 1)).toEqual({ kind: "mark-late" });
    expect(deadlineDecision({ ...open, late: true }, { dueAt: due, latePolicy: "accept" }, due + 1)).toEqual({ kind: "open" });
  });
  it("the time limit closes an exam, whatever the policy", () => {
    expect(deadlineDecision({ ...open, deadlineAt: due - 10 }, { dueAt: due, latePolicy: "accept" }, due - 9)).toEqual({ kind: "close", at: due - 10, reason: "time-limit" });
    expect(deadlineDecision({ ...open, deadlineAt: due - 10 }, null, due - 9)).toEqual({ kind: "close", at: due - 10, reason: "time-limit" });
  });
  it("the earlier of the time limit and a refusing due date names the reason", () => {
    const rule = { dueAt: due, latePolicy: "refuse" as const };
    expect(deadlineDecision({ ...open, deadlineAt: due + 60 }, rule, due + 120)).toEqual({ kind: "close", at: due, reason: "due-date" });
    expect(deadlineDecision({ ...open, deadlineAt: due - 60 }, rule, due + 120)).toEqual({ kind: "close", at: due - 60, reason: "time-limit" });
  });
  it("a finished attempt is never touched", () => {
    expect(deadlineDecision({ status: "finished", deadlineAt: 0, late: false }, { dueAt: 0, latePolicy: "refuse" }, due)).toEqual({ kind: "open" });
  });
  it("no due date: nothing but the time limit", () => {
    expect(deadlineDecision(open, { dueAt: null, latePolicy: "refuse" }, due)).toEqual({ kind: "open" });
  });
});
