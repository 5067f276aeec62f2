import { describe, expect, it } from "vitest";
import { scoreOrdering } from "./ordering";

const items = ["a", "b", "c", "d"].map((id) => ({ id, text: id.toUpperCase() }));
const q = (rule: { fixed?: string[]; perSwap: number; tolerated?: [string, string][] }) => ({
  items,
  order: ["a", "b", "c", "d"],
  rule: { fixed: rule.fixed ?? [], perSwap: rule.perSwap, tolerated: rule.tolerated ?? [], text: "règle" },
});

describe("ordering", () => {
  it("expected order → 1", () => expect(scoreOrdering(q({ perSwap: 0.5 }), ["a", "b", "c", "d"])).toEqual({ credit: 1, reasons: [] }));

  it("fixed item not at its position → 0 whatever the rest", () => {
    const s = scoreOrdering(q({ fixed: ["a"], perSwap: 0.1 }), ["b", "a", "c", "d"]);
    expect(s).toEqual({ credit: 0, reasons: [{ rule: "ordering.fixed-misplaced", params: { item: "a", text: "A", expected: 1, given: 2 } }] });
  });

  it("one adjacent swap of non-fixed items costs perSwap", () => {
    const s = scoreOrdering(q({ fixed: ["a"], perSwap: 0.5 }), ["a", "c", "b", "d"]);
    expect(s.credit).toBe(0.5);
    expect(s.reasons).toEqual([
      { rule: "ordering.pair-inverted", params: { first: "B", second: "C" } },
      { rule: "ordering.swaps", params: { count: 1, perSwap: 0.5, credit: 0.5 } },
    ]);
  });

  it("counts discordant pairs (Kendall distance), not positions", () => {
    // a d b c: pairs (b,d) and (c,d) inverted → 2 × 0.25
    expect(scoreOrdering(q({ perSwap: 0.25 }), ["a", "d", "b", "c"]).credit).toBe(0.5);
    // full reversal: 6 pairs × 0.1 → 0.4
    expect(scoreOrdering(q({ perSwap: 0.1 }), ["d", "c", "b", "a"]).credit).toBeCloseTo(0.4, 12);
  });

  it("credit floors at 0", () => expect(scoreOrdering(q({ perSwap: 0.5 }), ["d", "c", "b", "a"]).credit).toBe(0));

  it("tolerated pairs are not counted, in either order of the tuple", () => {
    expect(scoreOrdering(q({ perSwap: 0.5, tolerated: [["c", "d"]] }), ["a", "b", "d", "c"]).credit).toBe(1);
    expect(scoreOrdering(q({ perSwap: 0.5, tolerated: [["d", "c"]] }), ["a", "b", "d", "c"]).credit).toBe(1);
    // (b,c) tolerated, (b,d) not: a c d b → (b,c) tolerated, (b,d) counted → 0.5
    expect(scoreOrdering(q({ perSwap: 0.5, tolerated: [["b", "c"]] }), ["a", "c", "d", "b"]).credit).toBe(0.5);
  });

  it("a fixed item in place still counts in pairs with items moved around it", () => {
    // b fixed at position 2, c b a: b in place, but (a,b), (b,c), (a,c) all inverted
    const s = scoreOrdering({ items: items.slice(0, 3), order: ["a", "b", "c"], rule: { fixed: ["b"], perSwap: 0.2, tolerated: [], text: "r" } }, ["c", "b", "a"]);
    expect(s.credit).toBeCloseTo(0.4, 12);
  });
});
