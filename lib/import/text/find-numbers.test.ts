import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNumbers } from "./find-numbers";
import { foldText } from "./fold-text";
import { NUMBER_SOURCE } from "./parse-number";

/** A scan of the whole text with the number grammar: what findNumbers must find, word by word. */
const scan = (folded: string) => [...folded.matchAll(new RegExp(NUMBER_SOURCE, "gu"))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

describe("findNumbers", () => {
  it("finds what a scan of the whole text finds", () => {
    const texts = [
      "LAM5 T5 cT2N+ 40, 51 000/mcl, 2.620/mcl, 1 000 000, 12 3456, 0,3-2 %, 52/90, x10e3, 𝐀5 😀7 .5 ,5",
      ...["000_dd021da303213d61.txt", "001_291fe0aa9eaa93ce.txt"].map((name) => readFileSync(path.join(__dirname, "../../../content/sources", name), "utf8")),
    ];
    for (const text of texts) {
      const folded = foldText(text);
      expect(findNumbers(folded)).toEqual(scan(folded));
    }
  });
});
