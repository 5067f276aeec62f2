import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { validateAnswer } from "./validate";

const base = { id: "q", stem: "s", points: 1, objectives: ["o"], explanation: "e" };
const representation: Question = { ...base, type: "representation", points: 0, summary: "Femme de 30 ans.", qualifiers: [{ id: "a", text: "30 ans" }] };
const diagnoses = ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, text: id }));
const differential: Question = { ...base, type: "differential", diagnoses, ranking: [{ id: "a", cantMiss: true }] };

describe("validating a problem representation", () => {
  it("keeps the trimmed text", () => expect(validateAnswer(representation, { text: "  Femme de 30 ans.  " })).toEqual({ ok: true, answer: { type: "representation", text: "Femme de 30 ans." } }));
  it("refuses an empty text", () => expect(validateAnswer(representation, { text: "   " })).toEqual({ ok: false, error: "Réponse vide." }));
  it("refuses more than 600 characters", () =>
    expect(validateAnswer(representation, { text: "x".repeat(601) })).toEqual({ ok: false, error: "Synthèse trop longue : 600 caractères au plus (une ou deux phrases)." }));
  it("accepts exactly 600 characters", () => expect(validateAnswer(representation, { text: "x".repeat(600) }).ok).toBe(true));
});

describe("validating a ranked differential", () => {
  const entry = (id: string, cantMiss = false) => ({ id, cantMiss });
  it("keeps the ranking as given", () =>
    expect(validateAnswer(differential, { ranking: [entry("b"), entry("a", true)] })).toEqual({ ok: true, answer: { type: "differential", ranking: [entry("b"), entry("a", true)] } }));
  it("drops unknown keys of an entry", () =>
    expect(validateAnswer(differential, { ranking: [{ id: "a", cantMiss: true, extra: 1 }] })).toEqual({ ok: true, answer: { type: "differential", ranking: [entry("a", true)] } }));
  it("refuses an empty ranking and more than 5 diagnoses", () => {
    expect(validateAnswer(differential, { ranking: [] })).toEqual({ ok: false, error: "Classez de 1 à 5 diagnostics." });
    expect(validateAnswer(differential, { ranking: ["a", "b", "c", "d", "e", "f"].map((id) => entry(id)) })).toEqual({ ok: false, error: "Classez de 1 à 5 diagnostics." });
  });
  it("refuses a malformed entry", () => {
    const error = "Chaque diagnostic classé doit avoir un identifiant et un indicateur « à ne pas manquer » (vrai ou faux).";
    expect(validateAnswer(differential, { ranking: [{ id: "a" }] })).toEqual({ ok: false, error });
    expect(validateAnswer(differential, { ranking: ["a"] })).toEqual({ ok: false, error });
  });
  it("refuses an unknown or repeated diagnosis", () => {
    expect(validateAnswer(differential, { ranking: [entry("zz")] })).toEqual({ ok: false, error: "Option inconnue : « zz »." });
    expect(validateAnswer(differential, { ranking: [entry("a"), entry("a", true)] })).toEqual({ ok: false, error: "Option donnée deux fois : « a »." });
  });
  it("refuses another type", () => expect(validateAnswer(differential, { type: "qrm", choices: ["a"] })).toEqual({ ok: false, error: "Type de réponse inattendu : « qrm » au lieu de « differential »." }));
});
