import { describe, expect, it } from "vitest";
import { formatEdnRefs, parseEdnRefs } from "./edn-text";

describe("EDN references as text", () => {
  it("parses numbers with their rank, with commas or semicolons", () => {
    expect(parseEdnRefs("312 A, 292b; 315 rang B")).toEqual([
      { item: 312, rank: "A" },
      { item: 292, rank: "B" },
      { item: 315, rank: "B" },
    ]);
    expect(parseEdnRefs("  ")).toEqual([]);
  });
  it("refuses a part without rank or with another rank", () => {
    expect(parseEdnRefs("312")).toBeNull();
    expect(parseEdnRefs("312 C")).toBeNull();
    expect(parseEdnRefs("312 A, tumeurs")).toBeNull();
  });
  it("formats back", () => {
    expect(formatEdnRefs([{ item: 312, rank: "A" }, { item: 292, rank: "B" }])).toBe("312 A, 292 B");
    expect(formatEdnRefs(undefined)).toBe("");
  });
});
