import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { discordanceCredit } from "./discordance";
import { scoreQuestion } from "./question";

const base = { id: "q", stem: "Stem", points: 2, objectives: ["o1"], explanation: "Expl." };
const opts = (spec: string) =>
  // "CCWWW" → a,b correct; c,d,e wrong
  [...spec].map((c, i) => ({ id: "abcdefgh"[i], text: `Option ${"ABCDEFGH"[i]}`, correct: c === "C" }));

const qrm = (spec = "CCWWW", extra: Partial<Record<string, object>> = {}): Question => ({
  ...base,
  type: "qrm",
  options: opts(spec).map((o) => ({ ...o, ...extra[o.id] })),
});
const rules = (s: { reasons: { rule: string }[] }) => s.reasons.map((r) => r.rule);

describe("QRM discordance table", () => {
  it.each([
    [0, 1],
    [1, 0.5],
    [2, 0.2],
    [3, 0],
    [7, 0],
  ])("%i discordance(s) → credit %d", (n, credit) => expect(discordanceCredit(n)).toBe(credit));

  it("0 discordance: full marks, no reasons", () => {
    const s = scoreQuestion(qrm(), { type: "qrm", choices: ["a", "b"] });
    expect(s).toEqual({ credit: 1, points: 2, max: 2, reasons: [] });
  });
  it("1 discordance (right option left unticked) → 0.5 × 2 = 1 point", () => {
    const s = scoreQuestion(qrm(), { type: "qrm", choices: ["a"] });
    expect(s.credit).toBe(0.5);
    expect(s.points).toBe(1);
    expect(s.reasons).toEqual([
      { rule: "option.missed", params: { option: "b", text: "Option B" } },
      { rule: "qrm.discordance", params: { count: 1, credit: 0.5 } },
    ]);
  });
  it("2 discordances (one missed, one wrong ticked) → 0.2", () => {
    const s = scoreQuestion(qrm(), { type: "qrm", choices: ["a", "c"] });
    expect(s.credit).toBe(0.2);
    expect(s.points).toBeCloseTo(0.4, 10);
    expect(rules(s)).toEqual(["option.missed", "option.wrong", "qrm.discordance"]);
  });
  it("3 discordances → 0", () => {
    const s = scoreQuestion(qrm(), { type: "qrm", choices: ["a", "c", "d"] });
    expect(s.points).toBe(0);
    expect(s.reasons.at(-1)).toEqual({ rule: "qrm.discordance", params: { count: 3, credit: 0 } });
  });
  it("nothing ticked counts each right option as a discordance", () => {
    expect(scoreQuestion(qrm(), { type: "qrm", choices: [] }).credit).toBe(0.2);
  });
});

describe("PMZ and inacceptable override", () => {
  it("QRM: PMZ left unticked → 0 even with a single discordance", () => {
    const s = scoreQuestion(qrm("CCWWW", { b: { pmz: true } }), { type: "qrm", choices: ["a"] });
    expect(s.credit).toBe(0);
    expect(s.reasons[0]).toEqual({ rule: "pmz.missed", params: { option: "b", text: "Option B" } });
  });
  it("QRM: inacceptable ticked → 0 even with every right option ticked", () => {
    const s = scoreQuestion(qrm("CCWWW", { e: { inacceptable: true } }), { type: "qrm", choices: ["a", "b", "e"] });
    expect(s.credit).toBe(0);
    expect(rules(s)).toEqual(["inacceptable.ticked", "option.wrong", "qrm.discordance"]);
  });
  it("QRM: PMZ ticked and no inacceptable → normal table", () => {
    const s = scoreQuestion(qrm("CCWWW", { a: { pmz: true }, e: { inacceptable: true } }), { type: "qrm", choices: ["a", "b", "c"] });
    expect(s.credit).toBe(0.5);
  });
  it("QRU: right answer scores 1 × points; wrong scores 0", () => {
    const q: Question = { ...base, type: "qru", options: opts("WCWW") };
    expect(scoreQuestion(q, { type: "qru", choice: "b" }).points).toBe(2);
    const s = scoreQuestion(q, { type: "qru", choice: "a" });
    expect(s.points).toBe(0);
    expect(s.reasons).toEqual([{ rule: "qru.wrong", params: { option: "a", text: "Option A", expected: "b", expectedText: "Option B" } }]);
  });
  it("QRU: inacceptable option chosen is reported as such", () => {
    const q: Question = { ...base, type: "qru", options: opts("WCWW").map((o) => (o.id === "d" ? { ...o, inacceptable: true } : o)) };
    const s = scoreQuestion(q, { type: "qru", choice: "d" });
    expect(s.credit).toBe(0);
    expect(rules(s)).toEqual(["inacceptable.ticked", "qru.wrong"]);
  });
  it("QRP: PMZ missed → 0 even with 2 right out of 3", () => {
    const q: Question = { ...base, type: "qrp", n: 3, options: opts("CCCWW").map((o) => (o.id === "c" ? { ...o, pmz: true } : o)) };
    const s = scoreQuestion(q, { type: "qrp", choices: ["a", "b"] });
    expect(s.credit).toBe(0);
    expect(rules(s)[0]).toBe("pmz.missed");
  });
  it("QRP: inacceptable ticked → 0 although one right option is ticked", () => {
    const q: Question = { ...base, type: "qrp", n: 2, options: opts("CCWWW").map((o) => (o.id === "d" ? { ...o, inacceptable: true } : o)) };
    expect(scoreQuestion(q, { type: "qrp", choices: ["a", "d"] }).credit).toBe(0);
  });
});

describe("QRP x/n", () => {
  const q: Question = { ...base, points: 3, type: "qrp", n: 3, options: opts("CCCWWWWWWW") };
  it("3/3 right → full points", () => expect(scoreQuestion(q, { type: "qrp", choices: ["a", "b", "c"] }).points).toBe(3));
  it("2 right + 1 wrong among 3 ticked → 2/3", () => {
    const s = scoreQuestion(q, { type: "qrp", choices: ["a", "b", "d"] });
    expect(s.credit).toBeCloseTo(2 / 3, 12);
    expect(s.points).toBeCloseTo(2, 12);
    expect(s.reasons.at(-1)).toEqual({ rule: "qrp.partial", params: { right: 2, n: 3 } });
  });
  it("1 right, fewer ticked than n → 1/3", () => expect(scoreQuestion(q, { type: "qrp", choices: ["c"] }).credit).toBeCloseTo(1 / 3, 12));
  it("more than n ticked → 0 and says so, even if all right ones are among them", () => {
    const s = scoreQuestion(q, { type: "qrp", choices: ["a", "b", "c", "d"] });
    expect(s.credit).toBe(0);
    expect(s.reasons).toEqual([{ rule: "qrp.too-many", params: { ticked: 4, n: 3 } }]);
  });
});

describe("zone (QRM table on zones)", () => {
  const q: Question = {
    ...base,
    points: 1,
    type: "zone",
    text: "Hb 8 g/dL, plaquettes 22 G/L, leucocytes 6 G/L",
    zones: [
      { id: "hb", text: "Hb 8 g/dL", correct: true },
      { id: "plq", text: "plaquettes 22 G/L", correct: true },
      { id: "gb", text: "leucocytes 6 G/L", correct: false },
    ],
  };
  it("one zone missed → 0.5", () => {
    const s = scoreQuestion(q, { type: "zone", choices: ["hb"] });
    expect(s.credit).toBe(0.5);
    expect(s.reasons[0]).toEqual({ rule: "zone.missed", params: { option: "plq", text: "plaquettes 22 G/L" } });
  });
  it("both right + one wrong → 0.5; all three inverted → 0", () => {
    expect(scoreQuestion(q, { type: "zone", choices: ["hb", "plq", "gb"] }).credit).toBe(0.5);
    expect(scoreQuestion(q, { type: "zone", choices: ["gb"] }).credit).toBe(0);
  });
});

describe("scoreQuestion guards", () => {
  it("unanswered → 0 with reason", () => {
    expect(scoreQuestion(qrm(), undefined)).toEqual({ credit: 0, points: 0, max: 2, reasons: [{ rule: "question.unanswered" }] });
  });
  it("answer of another type → 0", () => {
    expect(rules(scoreQuestion(qrm(), { type: "qru", choice: "a" }))).toEqual(["question.type-mismatch"]);
  });
});
