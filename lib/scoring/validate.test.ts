import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { validateAnswer } from "./validate";

const base = { id: "q", stem: "?", points: 1, objectives: ["o"], explanation: "!" };
const options = ["a", "b", "c"].map((id) => ({ id, text: id, correct: id === "a" }));
const qru: Question = { ...base, type: "qru", options };
const qrm: Question = { ...base, type: "qrm", options };
const qroc: Question = { ...base, type: "qroc", accepted: ["anémie"] };
const num: Question = { ...base, type: "numeric", answer: 1, unit: "mg", tolerance: 0 };
const ord: Question = { ...base, type: "ordering", items: options, order: ["a", "b", "c"], rule: { fixed: [], tolerated: [], perSwap: 0.5, text: "r" } };
const tcs: Question = { ...base, type: "tcs", hypothesis: "h", information: "i", panel: { "-2": 0, "-1": 0, "0": 1, "1": 0, "2": 0 } };

const err = (q: Question, input: unknown) => {
  const r = validateAnswer(q, input);
  return r.ok ? null : r.error;
};

describe("validateAnswer", () => {
  it("accepts well-formed answers and infers the type", () => {
    expect(validateAnswer(qru, { choice: "b" })).toEqual({ ok: true, answer: { type: "qru", choice: "b" } });
    expect(validateAnswer(qrm, { type: "qrm", choices: [] })).toEqual({ ok: true, answer: { type: "qrm", choices: [] } });
    expect(validateAnswer(qroc, { text: "  l'anémie " })).toEqual({ ok: true, answer: { type: "qroc", text: "l'anémie" } });
    expect(validateAnswer(num, { value: "1 500,5" })).toEqual({ ok: true, answer: { type: "numeric", value: 1500.5 } });
    expect(validateAnswer(ord, { order: ["c", "a", "b"] })).toEqual({ ok: true, answer: { type: "ordering", order: ["c", "a", "b"] } });
    expect(validateAnswer(tcs, { value: "+1" })).toEqual({ ok: true, answer: { type: "tcs", value: 1 } });
  });

  it("rejects malformed input with a French message", () => {
    expect(err(qru, null)).toBe("Réponse illisible : un objet est attendu.");
    expect(err(qru, { type: "qrm", choices: ["a"] })).toBe("Type de réponse inattendu : « qrm » au lieu de « qru ».");
    expect(err(qru, { choice: "z" })).toBe("Option inconnue : « z ».");
    expect(err(qru, { choice: 1 })).toBe("Le champ « choice » doit être une chaîne de caractères.");
    expect(err(qrm, { choices: ["a", "a"] })).toBe("Option donnée deux fois : « a ».");
    expect(err(qrm, { choices: "a" })).toBe("Le champ « choices » doit être une liste d'identifiants.");
    expect(err(qroc, { text: "un deux trois quatre cinq six" })).toBe("Réponse trop longue : 5 mots au plus.");
    expect(err(qroc, { text: "x".repeat(201) })).toBe("Réponse trop longue : 200 caractères au plus.");
    expect(err(qroc, { text: "   " })).toBe("Réponse vide.");
    expect(err(num, { value: Number.POSITIVE_INFINITY })).toBe("Nombre invalide (exemples : 1,5 ou 1 500).");
    expect(err(num, { value: "abc" })).toBe("Nombre invalide (exemples : 1,5 ou 1 500).");
    expect(err(ord, { order: ["a", "b"] })).toBe("Le classement doit contenir chaque élément une fois et une seule.");
    expect(err(ord, { order: ["a", "b", "b"] })).toBe("Option donnée deux fois : « b ».");
    expect(err(tcs, { value: 3 })).toBe("Réponse attendue sur l'échelle −2, −1, 0, +1, +2.");
    expect(err(tcs, { value: 0.5 })).toBe("Réponse attendue sur l'échelle −2, −1, 0, +1, +2.");
  });

  it("English messages on request", () => {
    expect(validateAnswer(qru, { choice: "z" }, "en")).toEqual({ ok: false, error: "Unknown option: “z”." });
  });
});
