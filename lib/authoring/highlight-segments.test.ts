import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("covers the whole text, splitting where items start and end", () => {
    const segs = highlightSegments(20, [
      { kind: "lab", index: 0, span: { start: 2, end: 8 } },
      { kind: "event", index: 1, span: { start: 6, end: 12 } },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.items.map((i) => i.kind).join("+")])).toEqual([
      [0, 2, ""],
      [2, 6, "lab"],
      [6, 8, "lab+event"],
      [8, 12, "event"],
      [12, 20, ""],
    ]);
    expect(segs[1].starts).toEqual([{ kind: "lab", index: 0 }]);
    expect(segs[2].starts).toEqual([{ kind: "event", index: 1 }]);
  });

  it("gives one run for plain text", () => {
    expect(highlightSegments(5, [])).toEqual([{ start: 0, end: 5, items: [], starts: [] }]);
  });
});
