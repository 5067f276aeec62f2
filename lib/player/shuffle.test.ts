import { describe, expect, it } from "vitest";
import { inDisplayOrder, optionDisplay, orderingDisplay, seededShuffle } from "./shuffle";

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("seededShuffle", () => {
  it("is stable for a seed and a permutation of the input", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(seededShuffle(items, "s1")).toEqual(seededShuffle(items, "s1"));
    expect([...seededShuffle(items, "s1")].sort()).toEqual(items);
  });

  it("puts each item in each place about equally often over many seeds", () => {
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    const N = 4000;
    for (let k = 0; k < N; k++) seededShuffle([0, 1, 2, 3], `attempt-${k}:q1`).forEach((item, place) => counts[item][place]++);
    // Expected 1000 per cell (σ ≈ 27): a fair draw stays well within 150.
    for (const row of counts) for (const c of row) expect(Math.abs(c - N / 4)).toBeLessThan(150);
  });
});

describe("optionDisplay", () => {
  const options = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }, { id: "none", pinned: true }];

  it("keeps pinned options at their authored place and shuffles the others", () => {
    let firstA = 0;
    for (let k = 0; k < 200; k++) {
      const shown = optionDisplay(options, `seed-${k}`);
      expect(shown[4].id).toBe("none");
      expect(ids(shown).sort()).toEqual(["a", "b", "c", "d", "none"]);
      if (shown[0].id === "a") firstA++;
    }
    // The authored first option (often the right one) is no longer first most of the time.
    expect(firstA).toBeGreaterThan(20);
    expect(firstA).toBeLessThan(80);
  });

  it("keeps a pinned option in the middle in the middle", () => {
    const mid = [{ id: "a" }, { id: "p", pinned: true }, { id: "b" }, { id: "c" }];
    for (let k = 0; k < 50; k++) expect(optionDisplay(mid, `m-${k}`)[1].id).toBe("p");
  });
});

describe("orderingDisplay", () => {
  it("shows two items in either order, fairly (never always the reverse of the key)", () => {
    const key = [{ id: "first" }, { id: "second" }];
    let keyOrder = 0;
    const N = 1000;
    for (let k = 0; k < N; k++) if (orderingDisplay([...key], key, `a-${k}:q`)[0].id === "first") keyOrder++;
    expect(keyOrder).toBeGreaterThan(N * 0.4);
    expect(keyOrder).toBeLessThan(N * 0.6);
  });

  it("never shows three or more items in the key's order", () => {
    const key = [{ id: "a" }, { id: "b" }, { id: "c" }];
    for (let k = 0; k < 300; k++) expect(ids(orderingDisplay(key, key, `s-${k}`))).not.toEqual(["a", "b", "c"]);
  });
});

describe("inDisplayOrder", () => {
  it("sorts rows by the shown order", () => {
    expect(ids(inDisplayOrder([{ id: "a" }, { id: "b" }, { id: "c" }], ["c", "a", "b"]))).toEqual(["c", "a", "b"]);
  });
});
