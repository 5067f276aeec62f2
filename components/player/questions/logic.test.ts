import { describe, expect, it } from "vitest";
import {
  dropIndex,
  filterOptions,
  initialAnswer,
  isSingular,
  moveItem,
  paragraphs,
  parseFrenchNumber,
  tcsSign,
  toggleChoice,
  verdict,
  wordCount,
} from "./logic";

describe("wordCount", () => {
  it("counts runs of non-space characters, as the server does", () => {
    expect(wordCount("")).toBe(0);
    expect(wordCount("   ")).toBe(0);
    expect(wordCount("œdème aigu du poumon")).toBe(4);
    expect(wordCount("  l'insuffisance   rénale\taiguë \n")).toBe(3);
  });
});

describe("parseFrenchNumber", () => {
  it("reads decimal commas and rejects garbage", () => {
    expect(parseFrenchNumber("1,5")).toBe(1.5);
    expect(parseFrenchNumber("1.5")).toBe(1.5);
    expect(parseFrenchNumber("1 500")).toBe(1500);
    expect(parseFrenchNumber("1,")).toBeNull();
    expect(parseFrenchNumber("abc")).toBeNull();
  });
});

describe("moveItem", () => {
  it("moves an item and leaves the input untouched", () => {
    const list = ["a", "b", "c", "d"];
    expect(moveItem(list, 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveItem(list, 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(list).toEqual(["a", "b", "c", "d"]);
  });
  it("clamps the target and ignores an unknown source", () => {
    expect(moveItem(["a", "b"], 0, 9)).toEqual(["b", "a"]);
    expect(moveItem(["a", "b"], 1, -3)).toEqual(["b", "a"]);
    expect(moveItem(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });
});

describe("dropIndex", () => {
  it("counts the midpoints above the pointer", () => {
    expect(dropIndex([10, 30, 50], 5)).toBe(0);
    expect(dropIndex([10, 30, 50], 31)).toBe(2);
    expect(dropIndex([10, 30, 50], 99)).toBe(3);
  });
});

describe("filterOptions", () => {
  const options = [
    { id: "1", text: "Œdème aigu du poumon" },
    { id: "2", text: "Embolie pulmonaire" },
    { id: "3", text: "Pneumopathie à Légionelle" },
  ];
  it("ignores case and accents and needs every word", () => {
    expect(filterOptions(options, "oedeme").map((o) => o.id)).toEqual(["1"]);
    expect(filterOptions(options, "LEGIONELLE").map((o) => o.id)).toEqual(["3"]);
    expect(filterOptions(options, "pulm emb").map((o) => o.id)).toEqual(["2"]);
    expect(filterOptions(options, "pulm foie")).toEqual([]);
  });
  it("returns everything for an empty query", () => {
    expect(filterOptions(options, "  ")).toHaveLength(3);
  });
});

describe("toggleChoice", () => {
  const order = ["a", "b", "c", "d"];
  it("ticks in the options' order and unticks", () => {
    expect(toggleChoice(["c"], "a", order)).toEqual({ choices: ["a", "c"], refused: false });
    expect(toggleChoice(["a", "c"], "a", order)).toEqual({ choices: ["c"], refused: false });
  });
  it("refuses one more than the maximum but always allows unticking", () => {
    expect(toggleChoice(["a", "b"], "c", order, 2)).toEqual({ choices: ["a", "b"], refused: true });
    expect(toggleChoice(["a", "b"], "b", order, 2)).toEqual({ choices: ["a"], refused: false });
  });
});

describe("small helpers", () => {
  it("splits paragraphs on blank lines", () => {
    expect(paragraphs("Un.\nDeux.\n\n  \nTrois.\n")).toEqual(["Un.\nDeux.", "Trois."]);
  });
  it("starts an ordering with the shown order and other types empty", () => {
    const base = { id: "q", stem: "s", points: 1 };
    expect(initialAnswer({ ...base, type: "ordering", items: [{ id: "x", text: "X" }, { id: "y", text: "Y" }] })).toEqual({
      type: "ordering",
      order: ["x", "y"],
    });
    expect(initialAnswer({ ...base, type: "qroc" })).toBeNull();
  });
  it("knows French and English singulars", () => {
    expect(isSingular("fr", 0)).toBe(true);
    expect(isSingular("fr", 1.5)).toBe(true);
    expect(isSingular("en", 0)).toBe(false);
    expect(isSingular("en", 1)).toBe(true);
  });
  it("grades and signs", () => {
    expect(verdict(1, 1)).toBe("full");
    expect(verdict(0.5, 1)).toBe("partial");
    expect(verdict(0, 1)).toBe("none");
    expect(tcsSign(-2)).toBe("\u22122");
    expect(tcsSign(1)).toBe("+1");
    expect(tcsSign(0)).toBe("0");
  });
});
