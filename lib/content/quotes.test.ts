import { describe, expect, it } from "vitest";
import { formatPath, parsePath } from "./errors";
import { locateQuote, normaliseQuote, quoteMatcher } from "./quotes";
import { spoilerMatcher } from "./spoilers";

describe("source quotes", () => {
  const source = "Elle souffrait d’une « pancytopénie  sévère »\net d'une CRP à 500 mg/L — sans fièvre…";
  it("normalises spaces, line breaks, apostrophes, quotation marks, dashes, ellipsis", () => {
    expect(normaliseQuote(source)).toBe("Elle souffrait d'une pancytopénie sévère et d'une CRP à 500 mg/L - sans fièvre...");
  });
  it.each([
    "d'une pancytopénie sévère et d’une CRP",
    'souffrait d\'une "pancytopénie sévère"',
    "CRP à 500 mg/L - sans fièvre...",
  ])("finds %j", (q) => expect(quoteMatcher(source)(q)).toBe(true));
  it.each(["d'une Pancytopénie", "CRP à 50 mg/L.", "   "])("does not find %j (case and content matter)", (q) => expect(quoteMatcher(source)(q)).toBe(false));
  it("locates the span in the original text", () => {
    const span = locateQuote(source, "pancytopénie sévère et d'une CRP");
    expect(span).not.toBeNull();
    expect(source.slice(span!.start, span!.end)).toBe("pancytopénie  sévère »\net d'une CRP");
    expect(locateQuote(source, "absent")).toBeNull();
  });
});

describe("spoiler matching", () => {
  it("is case- and accent-insensitive and respects word boundaries", () => {
    const lam = spoilerMatcher("LAM5");
    expect(lam("Une lam5 révélée")).toBe(true);
    expect(lam("LAM5.")).toBe(true);
    expect(lam("LAM 5")).toBe(false);
    expect(spoilerMatcher("LAM")("une lamelle")).toBe(false);
    expect(spoilerMatcher("nécrose médullaire")("NECROSE-MEDULLAIRE étendue")).toBe(true);
    expect(spoilerMatcher("nécrose médullaire")("nécroses médullaires")).toBe(true);
    expect(spoilerMatcher("nécrose médullaire")("nécrose de la médullaire")).toBe(false);
    expect(spoilerMatcher("TIH")("suspicion de T.I.H")).toBe(false);
  });
});

describe("paths", () => {
  it("round-trips", () => {
    const segs = ["questions", 2, "panel", "-2"];
    expect(formatPath(segs)).toBe('questions[2].panel["-2"]');
    expect(parsePath('questions[2].panel["-2"]')).toEqual(segs);
    expect(parsePath("questions[2].options[1].pmz")).toEqual(["questions", 2, "options", 1, "pmz"]);
  });
});
