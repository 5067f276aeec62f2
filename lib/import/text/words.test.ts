import { describe, expect, it } from "vitest";
import { findWords } from "./words";

const words = (text: string) => {
  const { starts, ends } = findWords(text);
  return Array.from(starts, (s, i) => text.slice(s, ends[i]));
};

describe("findWords", () => {
  it("cuts runs of letters and digits, by UTF-16 unit", () => {
    expect(words("Hémoglobine à 10,6 g/dL (N: 12-16).")).toEqual(["Hémoglobine", "à", "10", "6", "g", "dL", "N", "12", "16"]);
    expect(words("")).toEqual([]);
    expect(words("x")).toEqual(["x"]);
  });

  it("does not count the halves of an astral character as word units", () => {
    expect(words("a𝐀b 😀c")).toEqual(["a", "b", "c"]);
  });

  it("gives the same words for a long text read twice (kept for the next extractor)", () => {
    const text = "Plaquettes 150 G/L. ".repeat(1000);
    expect(findWords(text)).toBe(findWords(text));
    expect(findWords(text).starts).toHaveLength(4000);
  });
});
