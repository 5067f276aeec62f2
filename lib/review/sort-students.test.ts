import { describe, expect, it } from "vitest";
import { parseSort, sortStudents } from "./sort-students";
import type { StudentRow } from "./types";

const row = (name: string, mark20: number | null, status: StudentRow["status"] = mark20 === null ? "not_started" : "finished"): StudentRow => ({
  userId: name,
  name,
  email: `${name}@x.test`,
  status,
  attemptsUsed: 0,
  attemptId: null,
  counted: mark20 !== null,
  late: false,
  startedAt: null,
  finishedAt: null,
  total: null,
  max: null,
  mark20,
  points: {},
  investigationPoints: null,
});

describe("sortStudents", () => {
  const rows = [row("émile", 12), row("Zoé", null), row("adam", 15), row("Bea", 12)];

  it("sorts names the French way (accents and case ignored)", () => {
    expect(sortStudents(rows, "name", "asc").map((r) => r.name)).toEqual(["adam", "Bea", "émile", "Zoé"]);
  });

  it("puts students without a mark last in both directions, ties by name", () => {
    expect(sortStudents(rows, "mark", "desc").map((r) => r.name)).toEqual(["adam", "Bea", "émile", "Zoé"]);
    expect(sortStudents(rows, "mark", "asc").map((r) => r.name)).toEqual(["Bea", "émile", "adam", "Zoé"]);
  });
});

describe("parseSort", () => {
  it("falls back to name ascending on unknown input, mark defaults to descending", () => {
    expect(parseSort("drop table", "sideways")).toEqual({ key: "name", order: "asc" });
    expect(parseSort("mark", undefined)).toEqual({ key: "mark", order: "desc" });
    expect(parseSort("started", "desc")).toEqual({ key: "started", order: "desc" });
  });
});
