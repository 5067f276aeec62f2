import { describe, expect, it } from "vitest";
import { findSentences } from "./sentences";

const texts = (text: string) => findSentences(text).map((s) => text.slice(s.start, s.end));

describe("findSentences", () => {
  it("splits at sentence ends, not at decimals or initials", () => {
    expect(texts("Madame S., 75 ans, a 2.620/mcl neutrophiles. Peu après, elle saigne.")).toEqual([
      "Madame S., 75 ans, a 2.620/mcl neutrophiles.",
      "Peu après, elle saigne.",
    ]);
  });

  it("keeps wrapped lines together and splits list lines", () => {
    expect(texts("Elle reçoit 2,5 mg par\njour depuis 2021\nThrombopénie de grade 3")).toEqual([
      "Elle reçoit 2,5 mg par\njour depuis 2021",
      "Thrombopénie de grade 3",
    ]);
  });
});
