import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import type { Span } from "./types";

const sources = ["000_dd021da303213d61.txt", "001_291fe0aa9eaa93ce.txt"];
const load = (name: string) => readFileSync(path.join(__dirname, "../../content/sources", name), "utf8");

describe("extractDocument on the bundled case reports", () => {
  it.each(sources)("gives every item of %s a span that slices to its text", (name) => {
    const text = load(name);
    const x = extractDocument(text);
    const at = (span: Span) => text.slice(span.start, span.end);
    for (const s of x.sections) if (s.titleSpan) expect(at(s.titleSpan)).toBe(s.title);
    for (const l of x.labs) expect(at(l.span)).toBe(l.text);
    for (const e of x.events) {
      expect(at(e.span)).toBe(e.text);
      expect(at(e.descriptionSpan)).toBe(e.description);
    }
    for (const t of x.treatments) expect(at(t.span)).toBe(t.text);
    expect(x.events.map((e) => e.order)).toEqual(x.events.map((_, i) => i));
  });

  it("assigns items to their section", () => {
    const text = load("001_291fe0aa9eaa93ce.txt");
    const x = extractDocument(text);
    const kindOf = (i: number) => x.sections[i].kind;
    expect(x.labs.filter((l) => kindOf(l.sectionIndex) === "investigations")).toHaveLength(16);
    expect(x.treatments.filter((t) => kindOf(t.sectionIndex) === "history").map((t) => t.drug)).toContain("tamoxifen");
  });
});
