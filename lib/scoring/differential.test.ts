import { describe, expect, it } from "vitest";
import { scoreDifferential } from "./differential";

const diagnoses = ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, text: id.toUpperCase() }));
// Author: A (can't-miss), B, C (can't-miss).
const q = { diagnoses, ranking: [{ id: "a", cantMiss: true }, { id: "b", cantMiss: false }, { id: "c", cantMiss: true }] };
const dx = (spec: string) => spec.split(" ").map((t) => ({ id: t.replace("!", ""), cantMiss: t.endsWith("!") }));

describe("ranked differential", () => {
  it("the author's list, in order, with its can't-miss flags → 1, nothing lost", () => {
    expect(scoreDifferential(q, dx("a! b c!"))).toEqual({ credit: 1, reasons: [], parts: { presence: 1, rank: 1, cantMiss: 1 } });
  });

  it("right list without any can't-miss flag → 0.5 + 0.2 = 0.7", () => {
    const s = scoreDifferential(q, dx("a b c"));
    expect(s.credit).toBe(0.7);
    expect(s.parts).toEqual({ presence: 1, rank: 1, cantMiss: 0 });
    expect(s.reasons).toEqual([
      { rule: "differential.cant-miss-unflagged", params: { text: "A" } },
      { rule: "differential.cant-miss-unflagged", params: { text: "C" } },
      { rule: "differential.credit", params: { presence: 1, rank: 1, cantMiss: 0, credit: 0.7 } },
    ]);
  });

  it("first two swapped: each one place off earns half its rank → 0.9333", () => {
    const s = scoreDifferential(q, dx("b a! c!"));
    expect(s.parts).toEqual({ presence: 1, rank: 0.6667, cantMiss: 1 });
    expect(s.credit).toBe(0.9333);
    expect(s.reasons.slice(0, 2)).toEqual([
      { rule: "differential.rank", params: { text: "A", expected: 1, given: 2 } },
      { rule: "differential.rank", params: { text: "B", expected: 2, given: 1 } },
    ]);
  });

  it("a can't-miss diagnosis absent: lost in presence, rank and can't-miss → 0.6167", () => {
    const s = scoreDifferential(q, dx("a! b d"));
    expect(s.parts).toEqual({ presence: 0.6667, rank: 0.6667, cantMiss: 0.5 });
    expect(s.credit).toBe(0.6167);
    expect(s.reasons).toEqual([
      { rule: "differential.absent", params: { text: "C", expected: 3 } },
      { rule: "differential.cant-miss-absent", params: { text: "C" } },
      { rule: "differential.credit", params: { presence: 0.6667, rank: 0.6667, cantMiss: 0.5, credit: 0.6167 } },
    ]);
  });

  it("a false alarm cancels half a catch → 0.925", () => {
    const s = scoreDifferential(q, dx("a! b! c!"));
    expect(s.parts.cantMiss).toBe(0.75);
    expect(s.credit).toBe(0.925);
    expect(s.reasons[0]).toEqual({ rule: "differential.false-alarm", params: { text: "B" } });
  });

  it("flagging everything does not pay: 3 false alarms → can't-miss 0.25, credit 0.775", () => {
    const s = scoreDifferential(q, dx("a! b! c! d! e!"));
    expect(s.parts).toEqual({ presence: 1, rank: 1, cantMiss: 0.25 });
    expect(s.credit).toBe(0.775);
  });

  it("can't-miss part never goes below 0", () => {
    const s = scoreDifferential(q, dx("d! e! f! b!"));
    expect(s.parts).toEqual({ presence: 0.3333, rank: 0, cantMiss: 0 });
    expect(s.credit).toBe(0.1667);
  });

  it("two or more places off earns no rank credit → 0.7", () => {
    // A at 4th (3 off): 0; B absent; C at 3rd: 1 → rank 1/3; presence 2/3; both can't-miss caught.
    const s = scoreDifferential(q, dx("d e c! a!"));
    expect(s.parts).toEqual({ presence: 0.6667, rank: 0.3333, cantMiss: 1 });
    expect(s.credit).toBe(0.7);
  });

  it("extra diagnoses after the author's cost nothing by themselves", () => {
    expect(scoreDifferential(q, dx("a! b c! d e")).credit).toBe(1);
  });

  it("an empty list scores 0 with every diagnosis reported", () => {
    const s = scoreDifferential(q, []);
    expect(s.credit).toBe(0);
    expect(s.reasons.map((r) => r.rule)).toEqual([
      "differential.absent",
      "differential.absent",
      "differential.absent",
      "differential.cant-miss-absent",
      "differential.cant-miss-absent",
      "differential.credit",
    ]);
  });

  it("no can't-miss in the key: flags cost half each, down to 0", () => {
    const plain = { diagnoses, ranking: [{ id: "a", cantMiss: false }, { id: "b", cantMiss: false }] };
    expect(scoreDifferential(plain, dx("a b")).credit).toBe(1);
    expect(scoreDifferential(plain, dx("a! b")).credit).toBe(0.85);
    expect(scoreDifferential(plain, dx("a! b! c!")).parts.cantMiss).toBe(0);
    expect(scoreDifferential(plain, dx("a! b! c!")).credit).toBe(0.7);
  });

  it("a one-diagnosis key: right → 1, second place → 0.5 + 0.1 + 0.3 = 0.9", () => {
    const one = { diagnoses, ranking: [{ id: "a", cantMiss: true }] };
    expect(scoreDifferential(one, dx("a!")).credit).toBe(1);
    expect(scoreDifferential(one, dx("b a!")).credit).toBe(0.9);
  });

  it("unknown and repeated ids are ignored, and only the first 5 count", () => {
    expect(scoreDifferential(q, dx("a! zz a b c!")).credit).toBe(scoreDifferential(q, dx("a! b c!")).credit);
    // Only five count: C in sixth place is not read.
    expect(scoreDifferential(q, dx("a! b d e f c!")).parts.presence).toBe(0.6667);
  });
});
